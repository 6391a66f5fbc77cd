package mx.parlamentoabierto.evaluation.application;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import mx.parlamentoabierto.audit.application.AuditTrail;
import mx.parlamentoabierto.evaluation.domain.Assignment;
import mx.parlamentoabierto.evaluation.domain.EditionAccess;
import mx.parlamentoabierto.evaluation.domain.EvaluationRecords;
import mx.parlamentoabierto.evaluation.domain.Objection;
import mx.parlamentoabierto.identity.domain.Caller;
import mx.parlamentoabierto.identity.domain.Role;
import mx.parlamentoabierto.legislature.domain.LegislatureRepository;
import mx.parlamentoabierto.methodology.application.MethodologyCatalog;
import mx.parlamentoabierto.methodology.domain.Methodology;
import mx.parlamentoabierto.platform.AccessDeniedException;
import mx.parlamentoabierto.platform.ConflictException;
import mx.parlamentoabierto.platform.InvalidInputException;
import mx.parlamentoabierto.platform.NotSignedInException;
import mx.parlamentoabierto.platform.ResourceNotFoundException;
import mx.parlamentoabierto.platform.events.ApplicationEvents;
import mx.parlamentoabierto.platform.persistence.UnitOfWork;
import mx.parlamentoabierto.scoring.application.RankingService;
import mx.parlamentoabierto.scoring.domain.AnswerRepository;
import mx.parlamentoabierto.scoring.domain.AnswerStatus;
import mx.parlamentoabierto.scoring.domain.Edition;
import mx.parlamentoabierto.scoring.domain.EditionChanged;
import mx.parlamentoabierto.scoring.domain.EditionRepository;
import mx.parlamentoabierto.scoring.domain.EditionState;

/**
 * The life of an edition: created in draft by a coordination, moved through evaluation, review, reply and publication
 * (each step checking the previous one is done), made the portal's headline; who may see it and its results, and
 * its audit log.
 * Every operation is one unit of work with its audit entry; the rules shared by the use cases are in
 * {@link EvaluationRules}.
 */
@ApplicationScoped
public class EditionLifecycle {

    private EditionRepository editions;
    private AnswerRepository answers;
    private EvaluationRecords records;
    private LegislatureRepository legislatures;
    private RankingService rankings;
    private MethodologyCatalog methodologies;
    private AuditTrail audit;
    private ApplicationEvents events;
    private Clock clock;
    private EvaluationRules rules;
    private EditionSnapshots snapshots;

    protected EditionLifecycle() {
        // CDI proxy
    }

    @Inject
    public EditionLifecycle(EditionRepository editions, AnswerRepository answers, EvaluationRecords records,
            LegislatureRepository legislatures, RankingService rankings, MethodologyCatalog methodologies, AuditTrail audit,
            ApplicationEvents events, Clock clock, EvaluationRules rules, EditionSnapshots snapshots) {
        this.editions = editions;
        this.answers = answers;
        this.records = records;
        this.legislatures = legislatures;
        this.rankings = rankings;
        this.methodologies = methodologies;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.rules = rules;
        this.snapshots = snapshots;
    }

    // ---- editions -----------------------------------------------------------------------------------------

    /** Creates an edition in {@code draft} (coordinators). */
    @UnitOfWork
    public Edition createEdition(Caller caller, NewEdition input) {
        EvaluationRules.requireRole(caller, Role.COORDINATOR, "Solo una coordinación crea ediciones.");
        if (input.methodologyKey() == null || methodologies.byKey(input.methodologyKey()).isEmpty()) {
            throw new InvalidInputException("methodologyKey", "No existe la versión de metodología '" + input.methodologyKey()
                    + "' (disponibles: " + methodologies.all().stream().map(Methodology::key).toList() + ").");
        }
        Edition.EvaluatorNames names;
        if (input.evaluatorNames() == null || input.evaluatorNames().isBlank()) {
            names = Edition.EvaluatorNames.NAMED;
        } else {
            names = switch (input.evaluatorNames().strip().toLowerCase(java.util.Locale.ROOT)) {
                case "named" -> Edition.EvaluatorNames.NAMED;
                case "pseudonymous" -> Edition.EvaluatorNames.PSEUDONYMOUS;
                default -> throw new InvalidInputException("evaluatorNames", "evaluatorNames es named o pseudonymous.");
            };
        }
        if (input.year() == null) {
            throw new InvalidInputException("year", "Hace falta el año de la edición.");
        }
        Set<String> scope = new java.util.TreeSet<>();
        for (String id : input.legislatures() == null ? List.<String>of() : input.legislatures()) {
            if (id == null || legislatures.find(id).isEmpty()) {
                throw new InvalidInputException("legislatures", "No existe la legislatura '" + id + "'.");
            }
            scope.add(id);
        }
        Edition edition = Edition.toEvaluate(input.id(), input.title(), input.year(), input.methodologyKey(), scope,
                input.evaluationOpens(), input.evaluationCloses(), input.replyOpens(), input.replyCloses(), names, clock.instant());
        if (editions.find(edition.id()).isPresent()) {
            throw new ConflictException("id", "Ya existe la edición '" + edition.id() + "'.");
        }
        editions.add(edition);
        audit.record(caller, "edition.created", EvaluationRules.subject(edition), null, EvaluationRules.state(edition));
        events.publish(new EditionChanged(edition.id(), EditionChanged.Change.CREATED));
        return edition;
    }

    /** The editions the caller may see, newest first. */
    @UnitOfWork
    public List<Edition> visibleEditions(Caller caller) {
        return editions.findAll().stream()
                .filter(e -> rules.access(caller, e).canSeeEdition()).toList();
    }

    /** @throws ResourceNotFoundException when there is no such edition or the caller may not see it */
    @UnitOfWork
    public Edition edition(Caller caller, String id) {
        return rules.visible(caller, id).edition();
    }

    /** True when the caller may see the edition's whole ranking (an unknown edition is left to the caller's 404). */
    @UnitOfWork
    public boolean resultsVisible(Caller caller, String editionId) {
        return rules.editionIfExists(editionId).map(e -> rules.access(caller, e).canSeeResults()).orElse(true);
    }

    /** True when the caller may see one legislature's scorecard of the edition. */
    @UnitOfWork
    public boolean resultsVisible(Caller caller, String editionId, String legislatureId) {
        return rules.editionIfExists(editionId).map(e -> rules.access(caller, e).canSeeResults(legislatureId)).orElse(true);
    }

    /**
     * Moves an edition to the next state. Each step checks that the previous one is done: every legislature in scope
     * assigned (to evaluation), every assignment handed in (to review), every answer accepted (to reply), every
     * objection resolved (to published). Publishing freezes revision 1 of the snapshot. Publishing while the reply
     * window is still open takes away days the legislatures were promised: it needs an explicit override with its
     * reason, written to the audit log.
     */
    @UnitOfWork
    public Edition transition(Caller caller, String editionId, String to) {
        return transition(caller, editionId, to, null);
    }

    /** @param override the reason for publishing before the reply window closes (required then, ignored otherwise) */
    @UnitOfWork
    public Edition transition(Caller caller, String editionId, String to, String override) {
        Edition result;
        EditionAccess access = rules.visible(caller, editionId);
        Edition edition = access.edition();
        if (!access.coordinates()) {
            throw new AccessDeniedException("Solo una coordinación cambia el estado de una edición.");
        }
        EditionState target = EditionState.fromName(to).orElseThrow(() -> new InvalidInputException("to",
                "Estado desconocido '" + to + "'; los estados son " + EditionState.validNames() + "."));
        Map<String, Object> before = EvaluationRules.state(edition);
        EditionState from = edition.state();
        edition.transitionTo(target);
        Methodology methodology = rankings.methodologyOf(edition);
        List<String> scope = rules.scope(edition);
        switch (target) {
            case EVALUATION -> {
                List<String> unassigned = scope.stream().filter(l -> access.assignments().stream()
                        .noneMatch(a -> a.legislatureId().equals(l))).toList();
                if (!unassigned.isEmpty()) {
                    throw new ConflictException("to", "Faltan asignaciones para " + unassigned.size() + " legislatura(s): "
                            + EvaluationRules.abbreviate(unassigned) + ".");
                }
            }
            case REVIEW -> {
                List<String> pending = access.assignments().stream().filter(a -> a.submittedAt().isEmpty())
                        .map(Assignment::legislatureId).toList();
                if (!pending.isEmpty()) {
                    throw new ConflictException("to", "Falta que se entreguen " + pending.size() + " legislatura(s): " + EvaluationRules.abbreviate(pending) + ".");
                }
            }
            case REPLY -> {
                long expected = (long) scope.size() * methodology.variables().size();
                long accepted = scope.stream().flatMap(l -> answers.readOnly(editionId, l).stream())
                        .filter(a -> a.status() == AnswerStatus.ACCEPTED).count();
                if (accepted < expected) {
                    throw new ConflictException("to", "Faltan " + (expected - accepted) + " respuestas por aceptar en la revisión.");
                }
            }
            case PUBLISHED -> {
                long open = records.objections(editionId).stream().filter(Objection::open).count();
                if (open > 0) {
                    throw new ConflictException("to", "Faltan " + open + " objeciones por resolver.");
                }
                boolean early = edition.replyCloses().filter(closes -> !rules.today().isAfter(closes)).isPresent();
                if (early && (override == null || override.isBlank())) {
                    throw new ConflictException("override", "La ventana de réplica sigue abierta hasta el " + edition.replyCloses().orElseThrow()
                            + ": las legislaturas aún pueden objetar. Para publicar antes, diga por qué (queda en el registro de auditoría).");
                }
                if (early) {
                    if (override.length() > 1000) {
                        throw new InvalidInputException("override", "La razón pasa de 1000 caracteres.");
                    }
                    audit.record(caller, "edition.published-early", EvaluationRules.subject(edition), Map.of("replyCloses", String.valueOf(edition.replyCloses().orElseThrow())),
                            Map.of("reason", override.strip(), "on", rules.today().toString()));
                }
                snapshots.freeze(caller, edition, null);
            }
            default -> throw new IllegalStateException(from + " → " + target);
        }
        audit.record(caller, "edition.transition", EvaluationRules.subject(edition), before, EvaluationRules.state(edition));
        result = edition;
        events.publish(new EditionChanged(editionId, EditionChanged.Change.MOVED));
        return result;
    }

    /**
     * Makes a public edition the one the portal shows by default (coordinators), with a note on its scope for the
     * public; audited. Until a coordinator chooses, the newest edition that evaluates every legislature is shown.
     */
    @UnitOfWork
    public Edition makeHeadline(Caller caller, String editionId, String note) {
        Edition result;
        EditionAccess access = rules.visible(caller, editionId);
        if (!access.coordinates()) {
            throw new AccessDeniedException("Solo una coordinación elige la edición principal del portal.");
        }
        Edition edition = access.edition();
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("headline", edition.headlineSince().isPresent());
        edition.makeHeadline(note, clock.instant());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("headline", true);
        after.put("note", edition.headlineNote().orElse(null));
        audit.record(caller, "edition.headline", EvaluationRules.subject(edition), before, after);
        result = edition;
        events.publish(new EditionChanged(editionId, EditionChanged.Change.HEADLINE));
        return result;
    }

    // ---- audit ----------------------------------------------------------------------------------------------

    @UnitOfWork
    public List<mx.parlamentoabierto.audit.domain.AuditEntry> audit(Caller caller, String editionId, long afterId, int limit) {
        EditionAccess access = rules.visible(caller, editionId);
        if (!caller.signedIn()) {
            throw new NotSignedInException("El registro de auditoría es para la coordinación y la administración.");
        }
        if (!access.canReadAudit()) {
            throw new AccessDeniedException("El registro de auditoría es para la coordinación y la administración.");
        }
        return audit.ofEdition(editionId, afterId, limit);
    }
}
