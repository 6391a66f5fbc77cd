package mx.parlamentoabierto.evaluation.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import mx.parlamentoabierto.platform.json.Jsonp;
import mx.parlamentoabierto.audit.application.AuditTrail;
import mx.parlamentoabierto.document.application.DocumentCatalog;
import mx.parlamentoabierto.document.domain.Document;
import mx.parlamentoabierto.evaluation.domain.AnswerReview;
import mx.parlamentoabierto.evaluation.domain.AnswerRevision;
import mx.parlamentoabierto.evaluation.domain.Assignment;
import mx.parlamentoabierto.evaluation.domain.EditionAccess;
import mx.parlamentoabierto.evaluation.domain.EditionSnapshot;
import mx.parlamentoabierto.evaluation.domain.EvaluationRecords;
import mx.parlamentoabierto.evaluation.domain.Objection;
import mx.parlamentoabierto.identity.application.AccessDeniedException;
import mx.parlamentoabierto.identity.application.Accounts;
import mx.parlamentoabierto.identity.application.NotSignedInException;
import mx.parlamentoabierto.identity.domain.Account;
import mx.parlamentoabierto.identity.domain.Caller;
import mx.parlamentoabierto.identity.domain.Role;
import mx.parlamentoabierto.legislature.domain.Legislature;
import mx.parlamentoabierto.legislature.domain.LegislatureRepository;
import mx.parlamentoabierto.methodology.application.MethodologyCatalog;
import mx.parlamentoabierto.methodology.domain.Methodology;
import mx.parlamentoabierto.methodology.domain.Variable;
import mx.parlamentoabierto.platform.ConflictException;
import mx.parlamentoabierto.platform.InvalidInputException;
import mx.parlamentoabierto.platform.ResourceNotFoundException;
import mx.parlamentoabierto.platform.persistence.Database;
import mx.parlamentoabierto.scoring.application.RankingService;
import mx.parlamentoabierto.scoring.domain.Answer;
import mx.parlamentoabierto.scoring.domain.AnswerRepository;
import mx.parlamentoabierto.scoring.domain.AnswerStatus;
import mx.parlamentoabierto.scoring.domain.Edition;
import mx.parlamentoabierto.scoring.domain.EditionRepository;
import mx.parlamentoabierto.scoring.domain.EditionState;
import mx.parlamentoabierto.scoring.domain.EvidenceLink;

/**
 * The evaluation cycle, every operation in one unit of work with its audit entry, every rule asked of
 * {@link EditionAccess}. What the caller may not see answers "not found" (an unpublished edition does not exist
 * for the public); what they may see but not do answers "forbidden"; what cannot happen in the edition's current
 * state or window answers "conflict".
 */
@ApplicationScoped
public class EvaluationService {

    /** Dates of the windows are days in Mexico City (inclusive at both ends). */
    public static final ZoneId ZONE = mx.parlamentoabierto.platform.PortalTime.ZONE;

    private Database database;
    private EditionRepository editions;
    private AnswerRepository answers;
    private EvaluationRecords records;
    private LegislatureRepository legislatures;
    private RankingService rankings;
    private MethodologyCatalog methodologies;
    private Accounts accounts;
    private DocumentCatalog documents;
    private AuditTrail audit;
    private Clock clock = Clock.systemUTC();

    protected EvaluationService() {
        // CDI proxy
    }

    @Inject
    public EvaluationService(Database database, EditionRepository editions, AnswerRepository answers, EvaluationRecords records,
            LegislatureRepository legislatures, RankingService rankings, MethodologyCatalog methodologies, Accounts accounts,
            DocumentCatalog documents, AuditTrail audit) {
        this.database = database;
        this.editions = editions;
        this.answers = answers;
        this.records = records;
        this.legislatures = legislatures;
        this.rankings = rankings;
        this.methodologies = methodologies;
        this.accounts = accounts;
        this.documents = documents;
        this.audit = audit;
    }

    // ---- inputs -------------------------------------------------------------------------------------------

    public record NewEdition(String id, String title, Integer year, String methodologyKey, List<String> legislatures,
            LocalDate evaluationOpens, LocalDate evaluationCloses, LocalDate replyOpens, LocalDate replyCloses, String evaluatorNames) {
    }

    /** Evidence as given: a URL with a label, or a document of the archive. */
    public record EvidenceInput(String url, String label, Long documentId) {
    }

    /** {@code evidenceDraft}: evidence lines typed that are not valid yet, kept with the answer until corrected (the form's). */
    public record AnswerInput(Integer value, String justification, List<EvidenceInput> evidence, Long version, String evidenceDraft) {
        public AnswerInput(Integer value, String justification, List<EvidenceInput> evidence, Long version) {
            this(value, justification, evidence, version, null);
        }
    }

    public record Correction(String legislatureId, String variableId, Integer value, String justification, List<EvidenceInput> evidence) {
    }

    // ---- views --------------------------------------------------------------------------------------------

    /** Progress of one assignment: answered / total, per principle too, and how many are accepted or returned. */
    /** {@code returnedVariables}: the variables sent back to the evaluator; {@code openObjections}: objections awaiting resolution. */
    public record Progress(Assignment assignment, String legislatureName, String evaluator, String reviewer, int answered, int total,
            int submitted, int accepted, int returned, Map<Integer, int[]> byPrinciple, List<String> returnedVariables,
            int openObjections) {

        public boolean handedIn() {
            return assignment.submittedAt().isPresent();
        }
    }

    /** Everything about one legislature's answers the caller may see. */
    /** {@code reviewOpen}: the caller may accept and return this legislature's answers now ({@link EditionAccess#reviewOpen}). */
    public record AnswerSheet(Edition edition, Methodology methodology, Legislature legislature, Optional<Assignment> assignment,
            Map<String, Answer> answers, Map<String, List<AnswerReview>> reviews, List<Objection> objections, boolean fullAccess,
            boolean reviewOpen) {
    }

    /** One line of an answer's history, with the author's name as the edition's settings show it. */
    public record HistoryLine(int revision, int value, String justification, String evidenceJson, String author, String cause,
            java.time.Instant at) {
    }

    /** An edition where the caller has something to do, and what. */
    public record WorkItem(Edition edition, List<String> roles, List<Progress> progress) {
    }

    // ---- editions -----------------------------------------------------------------------------------------

    /** Creates an edition in {@code draft} (coordinators). */
    public Edition createEdition(Caller caller, NewEdition input) {
        requireRole(caller, Role.COORDINATOR, "Solo una coordinación crea ediciones.");
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
        return database.inTransaction(em -> {
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
            audit.record(caller, "edition.created", subject(edition), null, state(edition));
            return edition;
        });
    }

    /** The editions the caller may see, newest first. */
    public List<Edition> visibleEditions(Caller caller) {
        return database.inTransaction(em -> editions.findAll().stream()
                .filter(e -> access(caller, e).canSeeEdition()).toList());
    }

    /** @throws ResourceNotFoundException when there is no such edition or the caller may not see it */
    public Edition edition(Caller caller, String id) {
        return database.inTransaction(em -> visible(caller, id).edition());
    }

    /** True when the caller may see the edition's whole ranking (an unknown edition is left to the caller's 404). */
    public boolean resultsVisible(Caller caller, String editionId) {
        return database.inTransaction(em -> editionIfExists(editionId).map(e -> access(caller, e).canSeeResults()).orElse(true));
    }

    /** True when the caller may see one legislature's scorecard of the edition. */
    public boolean resultsVisible(Caller caller, String editionId, String legislatureId) {
        return database.inTransaction(em -> editionIfExists(editionId).map(e -> access(caller, e).canSeeResults(legislatureId)).orElse(true));
    }

    /**
     * Moves an edition to the next state. Each step checks that the previous one is done: every legislature in scope
     * assigned (to evaluation), every assignment handed in (to review), every answer accepted (to reply), every
     * objection resolved (to published). Publishing freezes revision 1 of the snapshot. Publishing while the reply
     * window is still open takes away days the legislatures were promised: it needs an explicit override with its
     * reason, written to the audit log.
     */
    public Edition transition(Caller caller, String editionId, String to) {
        return transition(caller, editionId, to, null);
    }

    /** @param override the reason for publishing before the reply window closes (required then, ignored otherwise) */
    public Edition transition(Caller caller, String editionId, String to, String override) {
        Edition result = database.inTransaction(em -> {
            EditionAccess access = visible(caller, editionId);
            Edition edition = access.edition();
            if (!access.coordinates()) {
                throw new AccessDeniedException("Solo una coordinación cambia el estado de una edición.");
            }
            EditionState target = EditionState.fromName(to).orElseThrow(() -> new InvalidInputException("to",
                    "Estado desconocido '" + to + "'; los estados son " + EditionState.validNames() + "."));
            Map<String, Object> before = state(edition);
            EditionState from = edition.state();
            edition.transitionTo(target);
            Methodology methodology = rankings.methodologyOf(edition);
            List<String> scope = scope(edition);
            switch (target) {
                case EVALUATION -> {
                    List<String> unassigned = scope.stream().filter(l -> access.assignments().stream()
                            .noneMatch(a -> a.legislatureId().equals(l))).toList();
                    if (!unassigned.isEmpty()) {
                        throw new ConflictException("to", "Faltan asignaciones para " + unassigned.size() + " legislatura(s): "
                                + abbreviate(unassigned) + ".");
                    }
                }
                case REVIEW -> {
                    List<String> pending = access.assignments().stream().filter(a -> a.submittedAt().isEmpty())
                            .map(Assignment::legislatureId).toList();
                    if (!pending.isEmpty()) {
                        throw new ConflictException("to", "Falta que se entreguen " + pending.size() + " legislatura(s): " + abbreviate(pending) + ".");
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
                    boolean early = edition.replyCloses().filter(closes -> !today().isAfter(closes)).isPresent();
                    if (early && (override == null || override.isBlank())) {
                        throw new ConflictException("override", "La ventana de réplica sigue abierta hasta el " + edition.replyCloses().orElseThrow()
                                + ": las legislaturas aún pueden objetar. Para publicar antes, diga por qué (queda en el registro de auditoría).");
                    }
                    if (early) {
                        if (override.length() > 1000) {
                            throw new InvalidInputException("override", "La razón pasa de 1000 caracteres.");
                        }
                        audit.record(caller, "edition.published-early", subject(edition), Map.of("replyCloses", String.valueOf(edition.replyCloses().orElseThrow())),
                                Map.of("reason", override.strip(), "on", today().toString()));
                    }
                    freeze(caller, edition, null);
                }
                default -> throw new IllegalStateException(from + " → " + target);
            }
            audit.record(caller, "edition.transition", subject(edition), before, state(edition));
            return edition;
        });
        rankings.forget(editionId);
        return result;
    }

    /**
     * Makes a public edition the one the portal shows by default (coordinators), with a note on its scope for the
     * public; audited. Until a coordinator chooses, the newest edition that evaluates every legislature is shown.
     */
    public Edition makeHeadline(Caller caller, String editionId, String note) {
        Edition result = database.inTransaction(em -> {
            EditionAccess access = visible(caller, editionId);
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
            audit.record(caller, "edition.headline", subject(edition), before, after);
            return edition;
        });
        rankings.forget(editionId);
        return result;
    }

    /** Assigns a legislature of the edition to an evaluator and a reviewer (coordinators; before review). */
    public Assignment assign(Caller caller, String editionId, String legislatureId, String evaluatorName, String reviewerName) {
        return database.inTransaction(em -> {
            EditionAccess access = visible(caller, editionId);
            Edition edition = access.edition();
            if (!access.coordinates()) {
                throw new AccessDeniedException("Solo una coordinación asigna legislaturas.");
            }
            if (edition.state() != EditionState.DRAFT && edition.state() != EditionState.EVALUATION) {
                throw new ConflictException("state", "Las asignaciones se hacen en borrador o evaluación; la edición está en «"
                        + edition.state().jsonName() + "».");
            }
            if (legislatureId == null || !scope(edition).contains(legislatureId)) {
                throw new InvalidInputException("legislature", "La legislatura '" + legislatureId + "' no está en el alcance de la edición.");
            }
            Account evaluator = account("evaluator", evaluatorName, Role.EVALUATOR);
            Account reviewer = account("reviewer", reviewerName, Role.REVIEWER);
            Optional<Assignment> existing = access.assignment(legislatureId);
            Map<String, Object> before = existing.map(this::state).orElse(null);
            Assignment assignment;
            if (existing.isPresent()) {
                assignment = existing.get();
                assignment.reassign(evaluator.id(), reviewer.id());
            } else {
                assignment = new Assignment(editionId, legislatureId, evaluator.id(), reviewer.id());
                records.add(assignment);
            }
            em.flush();
            audit.record(caller, existing.isPresent() ? "assignment.changed" : "assignment.created",
                    new AuditTrail.Subject("assignment", editionId + "/" + legislatureId, editionId), before, state(assignment));
            return assignment;
        });
    }

    private Account account(String field, String name, Role role) {
        Account account = name == null ? null : accounts.findByName(name).filter(Account::active).orElse(null);
        if (account == null) {
            throw new InvalidInputException(field, "No existe la cuenta '" + name + "'.");
        }
        if (!account.has(role)) {
            throw new InvalidInputException(field, "La cuenta '" + name + "' no tiene el rol " + role.jsonName() + ".");
        }
        return account;
    }

    /** Progress of every assignment the caller may see (all of them for coordinators, their own otherwise). */
    public List<Progress> progress(Caller caller, String editionId) {
        return database.inTransaction(em -> {
            EditionAccess access = visible(caller, editionId);
            Methodology methodology = rankings.methodologyOf(access.edition());
            List<Progress> out = new ArrayList<>();
            for (Assignment a : access.assignments()) {
                if (access.canSeeWork(a.legislatureId())) {
                    out.add(progressOf(a, methodology));
                }
            }
            return out;
        });
    }

    private Progress progressOf(Assignment a, Methodology methodology) {
        List<Answer> given = answers.readOnly(a.editionId(), a.legislatureId());
        Map<Integer, int[]> byPrinciple = new LinkedHashMap<>();
        methodology.principles().forEach(p -> byPrinciple.put(p.number(), new int[] {0, p.variables().size()}));
        int submitted = 0;
        int accepted = 0;
        int returned = 0;
        List<String> returnedVariables = new ArrayList<>();
        for (Answer answer : given) {
            methodology.variable(answer.variableId()).ifPresent(v -> byPrinciple.get(v.principle())[0]++);
            switch (answer.status()) {
                case SUBMITTED -> submitted++;
                case ACCEPTED -> accepted++;
                case RETURNED -> {
                    returned++;
                    returnedVariables.add(answer.variableId());
                }
                default -> { }
            }
        }
        int openObjections = (int) records.objections(a.editionId(), a.legislatureId()).stream().filter(Objection::open).count();
        String legislatureName = legislatures.find(a.legislatureId()).map(Legislature::name).orElse(a.legislatureId());
        return new Progress(a, legislatureName, nameOf(a.evaluatorId()), nameOf(a.reviewerId()), given.size(),
                methodology.variables().size(), submitted, accepted, returned, byPrinciple, List.copyOf(returnedVariables),
                openObjections);
    }

    private String nameOf(long accountId) {
        return accounts.find(accountId).map(Account::name).orElse("#" + accountId);
    }

    /** What the caller has to do, edition by edition (editions they coordinate, are assigned in, or reply to). */
    public List<WorkItem> work(Caller caller) {
        if (!caller.signedIn()) {
            throw new NotSignedInException("Hace falta iniciar sesión.");
        }
        return database.inTransaction(em -> {
            List<WorkItem> items = new ArrayList<>();
            for (Edition edition : editions.findAll()) {
                if (edition.demo()) {
                    continue;
                }
                EditionAccess access = access(caller, edition);
                List<String> roles = new ArrayList<>();
                if (access.coordinates()) {
                    roles.add("coordinator");
                }
                if (access.assignments().stream().anyMatch(a -> access.evaluates(a.legislatureId()))) {
                    roles.add("evaluator");
                }
                if (access.assignments().stream().anyMatch(a -> access.reviews(a.legislatureId()))) {
                    roles.add("reviewer");
                }
                if (caller.legislatureId() != null && access.replies(caller.legislatureId())) {
                    roles.add("staff");
                }
                if (roles.isEmpty()) {
                    continue;
                }
                Methodology methodology = rankings.methodologyOf(edition);
                List<Progress> progress = access.assignments().stream().filter(a -> access.canSeeWork(a.legislatureId()))
                        .map(a -> progressOf(a, methodology)).toList();
                items.add(new WorkItem(edition, roles, progress));
            }
            return items;
        });
    }

    // ---- answers ------------------------------------------------------------------------------------------

    /** The answers of one legislature, as far as the caller may see them. */
    public AnswerSheet sheet(Caller caller, String editionId, String legislatureId) {
        return database.inTransaction(em -> {
            EditionAccess access = visible(caller, editionId);
            Edition edition = access.edition();
            Legislature legislature = inScope(edition, legislatureId);
            boolean full = access.canSeeWork(legislatureId) || edition.state() == EditionState.PUBLISHED;
            boolean replying = access.replies(legislatureId);
            if (!full && !replying) {
                if (!caller.signedIn()) {
                    throw new NotSignedInException("Hace falta iniciar sesión para ver estas respuestas.");
                }
                throw new AccessDeniedException("Estas respuestas son de otra legislatura o de una asignación ajena.");
            }
            Map<String, Answer> byVariable = new LinkedHashMap<>();
            for (Answer a : answers.readOnly(editionId, legislatureId)) {
                if (full || a.status() == AnswerStatus.ACCEPTED) {
                    a.evidence();
                    byVariable.put(a.variableId(), a);
                }
            }
            Map<String, List<AnswerReview>> reviews = new HashMap<>();
            if (full) {
                for (AnswerReview r : records.reviews(editionId, legislatureId)) {
                    reviews.computeIfAbsent(r.variableId(), k -> new ArrayList<>()).add(r);
                }
            }
            return new AnswerSheet(edition, rankings.methodologyOf(edition), legislature, access.assignment(legislatureId),
                    byVariable, reviews, records.objections(editionId, legislatureId), full, access.reviewOpen(legislatureId));
        });
    }

    /**
     * Saves one answer (the assigned evaluator, during the evaluation window, or a returned answer during review).
     * A write based on an older version than the stored one is refused with 409: someone else changed it.
     */
    public Answer saveAnswer(Caller caller, String editionId, String legislatureId, String variableId, AnswerInput input) {
        Answer saved = database.inTransaction(em -> {
            EditionAccess access = visible(caller, editionId);
            Edition edition = access.edition();
            inScope(edition, legislatureId);
            Methodology methodology = rankings.methodologyOf(edition);
            Variable variable = variable(methodology, variableId);
            if (!access.evaluates(legislatureId)) {
                throw new AccessDeniedException("Solo quien tiene asignada esta legislatura como evaluador escribe sus respuestas.");
            }
            Optional<Answer> current = answers.find(editionId, legislatureId, variableId);
            Assignment assignment = access.assignment(legislatureId).orElseThrow();
            switch (edition.state()) {
                case EVALUATION -> {
                    requireWindow(edition.evaluationWindowIncludes(today()), "evaluación", edition.evaluationOpens(), edition.evaluationCloses());
                    if (assignment.submittedAt().isPresent() && current.map(a -> a.status() != AnswerStatus.RETURNED).orElse(true)) {
                        throw new ConflictException("state", "Las respuestas de esta legislatura ya se entregaron; esperan la revisión.");
                    }
                }
                case REVIEW -> {
                    if (current.isEmpty() || (current.get().status() != AnswerStatus.RETURNED && current.get().status() != AnswerStatus.DRAFT)) {
                        throw new ConflictException("state", "En revisión solo se corrigen las respuestas devueltas.");
                    }
                }
                default -> throw new ConflictException("state", stateMessage(edition));
            }
            if (input.value() == null) {
                throw new InvalidInputException("value", "Hace falta el valor.");
            }
            if (!variable.scale().accepts(input.value())) {
                throw new InvalidInputException("value", "El valor " + input.value() + " está fuera de la escala de " + variable.id() + " ("
                        + variable.scale().min() + ".." + variable.scale().max() + ").");
            }
            List<EvidenceLink> evidence = evidence(input.evidence());
            Answer answer;
            Map<String, Object> before = current.map(EvaluationService::state).orElse(null);
            if (current.isPresent()) {
                answer = current.get();
                if (input.version() == null) {
                    throw new ConflictException("version", "La respuesta ya existe (versión " + answer.version()
                            + "); envíe la versión que editó para no sobrescribir cambios ajenos.");
                }
                if (input.version() != answer.version()) {
                    throw new ConflictException("version", "Otra persona cambió esta respuesta mientras usted la editaba (versión actual "
                            + answer.version() + ", la suya " + input.version() + "). Recargue para ver el cambio.");
                }
                answer.revise(input.value(), input.justification(), evidence, clock.instant());
                if (answer.status() == AnswerStatus.RETURNED) {
                    answer.moveTo(AnswerStatus.DRAFT);
                }
            } else {
                answer = new Answer(editionId, legislatureId, variableId, input.value(), input.justification(), evidence, clock.instant());
                answers.add(answer);
            }
            answer.writtenBy(caller.name());
            answer.draftEvidence(input.evidenceDraft());
            em.flush();
            revision(answer, caller.name(), "evaluation");
            audit.record(caller, "answer.saved", answerSubject(answer), before, state(answer));
            return answer;
        });
        rankings.forget(editionId);
        return saved;
    }

    /** Hands in every answer of a legislature for review; every variable must be answered. */
    public int submit(Caller caller, String editionId, String legislatureId) {
        return database.inTransaction(em -> {
            EditionAccess access = visible(caller, editionId);
            Edition edition = access.edition();
            inScope(edition, legislatureId);
            if (!access.evaluates(legislatureId)) {
                throw new AccessDeniedException("Solo el evaluador asignado entrega esta legislatura.");
            }
            if (edition.state() == EditionState.EVALUATION) {
                requireWindow(edition.evaluationWindowIncludes(today()), "evaluación", edition.evaluationOpens(), edition.evaluationCloses());
            } else if (edition.state() != EditionState.REVIEW) {
                throw new ConflictException("state", stateMessage(edition));
            }
            Methodology methodology = rankings.methodologyOf(edition);
            Map<String, Answer> given = new HashMap<>();
            answers.forLegislature(editionId, legislatureId).forEach(a -> given.put(a.variableId(), a));
            List<String> missing = methodology.variables().stream().map(Variable::id).filter(id -> !given.containsKey(id)).toList();
            if (!missing.isEmpty()) {
                throw new ConflictException("answers", "Faltan " + missing.size() + " variables por responder: " + abbreviate(missing) + ".");
            }
            List<String> returned = given.values().stream().filter(a -> a.status() == AnswerStatus.RETURNED).map(Answer::variableId).sorted().toList();
            if (!returned.isEmpty()) {
                throw new ConflictException("answers", "Hay " + returned.size() + " respuestas devueltas sin corregir: " + abbreviate(returned) + ".");
            }
            int moved = 0;
            for (Answer a : given.values()) {
                if (a.status() == AnswerStatus.DRAFT) {
                    a.moveTo(AnswerStatus.SUBMITTED);
                    moved++;
                }
            }
            Assignment assignment = access.assignment(legislatureId).orElseThrow();
            Map<String, Object> before = state(assignment);
            assignment.submitted(clock.instant());
            audit.record(caller, "assignment.submitted", new AuditTrail.Subject("assignment", editionId + "/" + legislatureId, editionId),
                    before, state(assignment));
            return moved;
        });
    }

    /**
     * A reviewer accepts or returns a submitted answer — during review, or during evaluation as soon as the legislature
     * was handed in; returning needs a comment.
     */
    public Answer review(Caller caller, String editionId, String legislatureId, String variableId, String decisionName, String comment) {
        return database.inTransaction(em -> {
            EditionAccess access = reviewable(caller, editionId, legislatureId);
            variable(rankings.methodologyOf(access.edition()), variableId);
            AnswerReview.Decision decision = AnswerReview.Decision.fromName(decisionName).orElseThrow(() -> new InvalidInputException("decision",
                    "La decisión es accept o return."));
            Answer answer = answers.find(editionId, legislatureId, variableId).orElseThrow(() -> new ConflictException("variableId",
                    "La variable " + variableId + " no tiene respuesta que revisar."));
            requireNotAuthor(caller, editionId, legislatureId, variableId);
            return reviewOne(caller, answer, decision, comment, em);
        });
    }

    /**
     * Accepts every answer of the legislature still waiting for review that the reviewer did not write ("accept the
     * rest"); each one recorded and audited as if accepted alone. Returns how many were accepted.
     */
    public int acceptRest(Caller caller, String editionId, String legislatureId) {
        return database.inTransaction(em -> {
            reviewable(caller, editionId, legislatureId);
            int accepted = 0;
            for (Answer answer : answers.forLegislature(editionId, legislatureId)) {
                if (answer.status() != AnswerStatus.SUBMITTED
                        || records.revisions(editionId, legislatureId, answer.variableId()).stream().anyMatch(r -> r.author().equals(caller.name()))) {
                    continue;
                }
                reviewOne(caller, answer, AnswerReview.Decision.ACCEPT, null, em);
                accepted++;
            }
            return accepted;
        });
    }

    /** The edition, once the caller may review this legislature now ({@link EditionAccess#reviewOpen}). */
    private EditionAccess reviewable(Caller caller, String editionId, String legislatureId) {
        EditionAccess access = visible(caller, editionId);
        Edition edition = access.edition();
        inScope(edition, legislatureId);
        if (!access.reviews(legislatureId)) {
            throw new AccessDeniedException("Solo el revisor asignado revisa esta legislatura.");
        }
        if (!access.reviewOpen(legislatureId)) {
            throw new ConflictException("state", edition.state() == EditionState.EVALUATION
                    ? "Esta legislatura aún no se entrega: se revisa en cuanto su evaluador la entregue."
                    : stateMessage(edition));
        }
        return access;
    }

    private Answer reviewOne(Caller caller, Answer answer, AnswerReview.Decision decision, String comment, jakarta.persistence.EntityManager em) {
        if (answer.status() != AnswerStatus.SUBMITTED) {
            throw new ConflictException("state", "La respuesta está «" + answer.status().jsonName() + "»; solo se revisan las entregadas.");
        }
        if (decision == AnswerReview.Decision.RETURN && (comment == null || comment.isBlank())) {
            throw new InvalidInputException("comment", "Al devolver una respuesta hace falta un comentario para el evaluador.");
        }
        if (comment != null && comment.length() > AnswerReview.MAX_COMMENT) {
            throw new InvalidInputException("comment", "El comentario pasa de " + AnswerReview.MAX_COMMENT + " caracteres.");
        }
        Map<String, Object> before = state(answer);
        records.add(new AnswerReview(answer.editionId(), answer.legislatureId(), answer.variableId(), caller.name(), decision,
                comment == null || comment.isBlank() ? null : comment.strip(), clock.instant()));
        answer.moveTo(decision == AnswerReview.Decision.ACCEPT ? AnswerStatus.ACCEPTED : AnswerStatus.RETURNED);
        em.flush();
        Map<String, Object> after = state(answer);
        after.put("comment", comment);
        audit.record(caller, "answer.reviewed", answerSubject(answer), before, after);
        return answer;
    }

    /**
     * Nobody reviews, adjudicates or resolves an objection on an answer they wrote in any revision — not even after
     * being made its legislature's reviewer by a later assignment.
     */
    private void requireNotAuthor(Caller caller, String editionId, String legislatureId, String variableId) {
        for (AnswerRevision r : records.revisions(editionId, legislatureId, variableId)) {
            if (r.author().equals(caller.name())) {
                throw new AccessDeniedException("Usted escribió la revisión " + r.revision() + " de la respuesta a " + variableId
                        + "; otra persona debe revisarla.");
            }
        }
    }

    /** Staff of the legislature object to an accepted answer during the reply window. */
    public Objection object(Caller caller, String editionId, String legislatureId, String variableId, String argument,
            List<EvidenceInput> evidence) {
        return database.inTransaction(em -> {
            EditionAccess access = visible(caller, editionId);
            Edition edition = access.edition();
            inScope(edition, legislatureId);
            variable(rankings.methodologyOf(edition), variableId);
            if (!caller.staffOf(legislatureId)) {
                throw new AccessDeniedException("Solo el personal de esta legislatura presenta objeciones a sus respuestas.");
            }
            if (edition.state() != EditionState.REPLY) {
                throw new ConflictException("state", stateMessage(edition));
            }
            requireWindow(edition.replyWindowIncludes(today()), "réplica", edition.replyOpens(), edition.replyCloses());
            Answer answer = answers.find(editionId, legislatureId, variableId).filter(a -> a.status() == AnswerStatus.ACCEPTED)
                    .orElseThrow(() -> new ConflictException("variableId", "La variable " + variableId + " no tiene respuesta aceptada."));
            if (records.objections(editionId, legislatureId).stream().anyMatch(o -> o.open() && o.variableId().equals(variableId))) {
                throw new ConflictException("variableId", "Ya hay una objeción abierta sobre " + variableId + ".");
            }
            String evidenceJson = evidenceJson(evidence(evidence));
            Objection objection = new Objection(editionId, legislatureId, answer.variableId(), caller.name(), argument, evidenceJson, clock.instant());
            records.add(objection);
            em.flush();
            audit.record(caller, "objection.filed", new AuditTrail.Subject("objection", String.valueOf(objection.id()), editionId), null,
                    Map.of("legislature", legislatureId, "variable", variableId, "argument", objection.argument()));
            return objection;
        });
    }

    /**
     * The reviewer of the legislature resolves an objection: the answer stands ({@code upheld}) or is changed
     * ({@code answer-changed}, with the new value and justification, recorded as a revision).
     */
    public Objection resolve(Caller caller, String editionId, long objectionId, String outcomeName, String reason, AnswerInput change) {
        Objection resolved = database.inTransaction(em -> {
            EditionAccess access = visible(caller, editionId);
            Edition edition = access.edition();
            Objection objection = records.objection(objectionId).filter(o -> o.editionId().equals(editionId))
                    .orElseThrow(() -> new ResourceNotFoundException("objectionId", "No existe la objeción " + objectionId + " en esta edición."));
            if (!access.reviews(objection.legislatureId())) {
                throw new AccessDeniedException("Solo el revisor asignado resuelve las objeciones de esta legislatura.");
            }
            requireNotAuthor(caller, editionId, objection.legislatureId(), objection.variableId());
            Objection.Outcome outcome = Objection.Outcome.resolutionFromName(outcomeName).orElseThrow(() -> new InvalidInputException("outcome",
                    "La resolución es upheld o answer-changed."));
            if (edition.state() != EditionState.REPLY) {
                throw new ConflictException("state", stateMessage(edition));
            }
            objection.resolve(outcome, reason, caller.name(), clock.instant());
            if (outcome == Objection.Outcome.ANSWER_CHANGED) {
                if (change == null || change.value() == null) {
                    throw new InvalidInputException("value", "Al cambiar la respuesta hace falta el valor nuevo.");
                }
                Variable variable = variable(rankings.methodologyOf(edition), objection.variableId());
                if (!variable.scale().accepts(change.value())) {
                    throw new InvalidInputException("value", "El valor " + change.value() + " está fuera de la escala de " + variable.id() + ".");
                }
                Answer answer = answers.find(editionId, objection.legislatureId(), objection.variableId()).orElseThrow();
                Map<String, Object> before = state(answer);
                answer.revise(change.value(), change.justification() == null ? answer.justification() : change.justification(),
                        change.evidence() == null ? answer.evidence() : evidence(change.evidence()), clock.instant());
                answer.writtenBy(caller.name());
                em.flush();
                revision(answer, caller.name(), "objection");
                audit.record(caller, "answer.changed-by-objection", answerSubject(answer), before, state(answer));
            }
            audit.record(caller, "objection.resolved", new AuditTrail.Subject("objection", String.valueOf(objectionId), editionId),
                    Map.of("outcome", "open"), Map.of("outcome", objection.outcome().jsonName(), "reason", objection.resolution().orElse("")));
            return objection;
        });
        rankings.forget(editionId);
        return resolved;
    }

    /** Objections of an edition the caller may see (all when published; own legislature's for staff; coordinators/reviewers). */
    public List<Objection> objections(Caller caller, String editionId) {
        return database.inTransaction(em -> {
            EditionAccess access = visible(caller, editionId);
            return records.objections(editionId).stream().filter(o -> access.edition().state() == EditionState.PUBLISHED
                    || access.canSeeWork(o.legislatureId()) || caller.staffOf(o.legislatureId())).toList();
        });
    }

    /** The history of one answer, with names (or "Evaluador N") as the edition says, for those who may see it. */
    public List<HistoryLine> history(Caller caller, String editionId, String legislatureId, String variableId) {
        return database.inTransaction(em -> {
            EditionAccess access = visible(caller, editionId);
            Edition edition = access.edition();
            inScope(edition, legislatureId);
            variable(rankings.methodologyOf(edition), variableId);
            if (!access.canSeeHistory(legislatureId)) {
                if (!caller.signedIn()) {
                    throw new NotSignedInException("El historial se publica con la edición.");
                }
                throw new AccessDeniedException("El historial de esta respuesta es para su revisor y la coordinación hasta la publicación.");
            }
            boolean pseudonymous = edition.evaluatorNames() == Edition.EvaluatorNames.PSEUDONYMOUS && !access.coordinates()
                    && !access.reviews(legislatureId);
            Map<String, String> aliases = new LinkedHashMap<>();
            List<HistoryLine> lines = new ArrayList<>();
            for (AnswerRevision r : records.revisions(editionId, legislatureId, variableId)) {
                String author = pseudonymous ? aliases.computeIfAbsent(r.author(), k -> "Evaluador " + (aliases.size() + 1)) : r.author();
                lines.add(new HistoryLine(r.revision(), r.value(), r.justification(), r.evidenceJson(), author, r.cause(), r.recordedAt()));
            }
            return lines;
        });
    }

    // ---- publication --------------------------------------------------------------------------------------

    /** The published snapshot of a revision (0 or absent: the latest). */
    public EditionSnapshot snapshot(Caller caller, String editionId, Integer revision) {
        return database.inTransaction(em -> {
            Edition edition = visible(caller, editionId).edition();
            if (edition.revision() == 0) {
                throw new ResourceNotFoundException("revision", "La edición '" + editionId + "' no se ha publicado todavía.");
            }
            int wanted = revision == null || revision == 0 ? edition.revision() : revision;
            EditionSnapshot s = records.snapshot(editionId, wanted).orElseThrow(() -> new ResourceNotFoundException("revision",
                    "La edición '" + editionId + "' no tiene la revisión " + wanted + " (hay de 1 a " + edition.revision() + ")."));
            s.content();
            return s;
        });
    }

    public List<EditionSnapshot> snapshots(Caller caller, String editionId) {
        return database.inTransaction(em -> {
            visible(caller, editionId);
            return records.snapshots(editionId);
        });
    }

    /** The latest published snapshot's SHA-256, for pages that show it (empty before publication). */
    public Optional<String> publishedSha256(String editionId) {
        return database.inTransaction(em -> editionIfExists(editionId).filter(e -> e.revision() > 0)
                .flatMap(e -> records.snapshot(editionId, e.revision())).map(EditionSnapshot::contentSha256));
    }

    /** Corrects a published edition: the changed answers, then a new revision with its change note (coordinators). */
    public EditionSnapshot correct(Caller caller, String editionId, String note, List<Correction> corrections) {
        EditionSnapshot snapshot = database.inTransaction(em -> {
            EditionAccess access = visible(caller, editionId);
            Edition edition = access.edition();
            if (!access.coordinates()) {
                throw new AccessDeniedException("Solo una coordinación corrige una edición publicada.");
            }
            if (note == null || note.isBlank() || note.length() > 4000) {
                throw new InvalidInputException("note", "Una corrección necesita una nota de cambio (hasta 4000 caracteres).");
            }
            if (corrections == null || corrections.isEmpty()) {
                throw new InvalidInputException("corrections", "Una corrección cambia al menos una respuesta.");
            }
            if (edition.state() != EditionState.PUBLISHED) {
                throw new ConflictException("state", "Solo una edición publicada se corrige con una revisión; esta está en «"
                        + edition.state().jsonName() + "».");
            }
            Methodology methodology = rankings.methodologyOf(edition);
            for (int i = 0; i < corrections.size(); i++) {
                Correction c = corrections.get(i);
                String at = "corrections[" + i + "].";
                if (c.legislatureId() == null || !scope(edition).contains(c.legislatureId())) {
                    throw new InvalidInputException(at + "legislatureId", "La legislatura '" + c.legislatureId() + "' no está en la edición.");
                }
                Variable variable = methodology.variable(c.variableId()).orElseThrow(() -> new InvalidInputException(at + "variableId",
                        "La variable '" + c.variableId() + "' no existe en " + methodology.key() + "."));
                if (c.value() == null || !variable.scale().accepts(c.value())) {
                    throw new InvalidInputException(at + "value", "El valor " + c.value() + " está fuera de la escala de " + variable.id() + ".");
                }
                Optional<Answer> current = answers.find(editionId, c.legislatureId(), c.variableId());
                Map<String, Object> before = current.map(EvaluationService::state).orElse(null);
                Answer answer;
                if (current.isPresent()) {
                    answer = current.get();
                    answer.revise(c.value(), c.justification(), c.evidence() == null ? answer.evidence() : evidence(c.evidence()), clock.instant());
                } else {
                    answer = new Answer(editionId, c.legislatureId(), c.variableId(), c.value(), c.justification(),
                            evidence(c.evidence()), clock.instant());
                    answer.moveTo(AnswerStatus.ACCEPTED);
                    answers.add(answer);
                }
                answer.writtenBy(caller.name());
                em.flush();
                revision(answer, caller.name(), "correction");
                audit.record(caller, "answer.corrected", answerSubject(answer), before, state(answer));
            }
            Map<String, Object> before = state(edition);
            EditionSnapshot created = freeze(caller, edition, note.strip());
            audit.record(caller, "edition.revised", subject(edition), before, state(edition));
            return created;
        });
        rankings.forget(editionId);
        return snapshot;
    }

    /**
     * Publishes a snapshot of an edition as it is now (the demonstration edition at startup, and any published
     * edition that predates snapshots); does nothing when the edition already has one.
     */
    public void ensureSnapshot(String editionId) {
        database.execute(em -> editionIfExists(editionId).filter(e -> e.state() == EditionState.PUBLISHED && e.revision() == 0)
                .ifPresent(e -> freeze(Caller.system(), e, null)));
    }

    private EditionSnapshot freeze(Caller caller, Edition edition, String note) {
        Methodology methodology = rankings.methodologyOf(edition);
        int revision = edition.nextRevision();
        String at = clock.instant().toString();
        List<Answer> all = new ArrayList<>();
        List<String> scope = scope(edition);
        for (String legislatureId : scope) {
            all.addAll(answers.readOnly(edition.id(), legislatureId));
        }
        String content = SnapshotDocument.write(new SnapshotDocument.Header(edition, revision,
                methodologies.contentSha256(edition.methodologyKey()).orElse(""), methodology.defaultAggregation().jsonName(), at,
                caller.auditName(), note, scope), all, records.objections(edition.id()));
        EditionSnapshot snapshot = new EditionSnapshot(edition.id(), revision, java.time.Instant.parse(at), caller.auditName(), note,
                SnapshotDocument.sha256(content), content);
        records.add(snapshot);
        audit.record(caller, "edition.published", subject(edition), null, Map.of("revision", revision, "sha256", snapshot.contentSha256()));
        return snapshot;
    }

    // ---- audit ----------------------------------------------------------------------------------------------

    public List<mx.parlamentoabierto.audit.domain.AuditEntry> audit(Caller caller, String editionId, long afterId, int limit) {
        database.execute(em -> {
            EditionAccess access = visible(caller, editionId);
            if (!caller.signedIn()) {
                throw new NotSignedInException("El registro de auditoría es para la coordinación y la administración.");
            }
            if (!access.canReadAudit()) {
                throw new AccessDeniedException("El registro de auditoría es para la coordinación y la administración.");
            }
        });
        return audit.ofEdition(editionId, afterId, limit);
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private Optional<Edition> editionIfExists(String id) {
        return id == null || !Edition.ID_PATTERN.matcher(id).matches() ? Optional.empty() : editions.find(id);
    }

    private EditionAccess access(Caller caller, Edition edition) {
        return new EditionAccess(caller, edition, edition.demo() ? List.of() : records.assignments(edition.id()));
    }

    private EditionAccess visible(Caller caller, String editionId) {
        Supplier<ResourceNotFoundException> missing = () -> new ResourceNotFoundException("editionId", "No existe la edición '" + editionId + "'");
        Edition edition = editionIfExists(editionId).orElseThrow(missing);
        EditionAccess access = access(caller, edition);
        if (!access.canSeeEdition()) {
            throw missing.get();
        }
        return access;
    }

    private List<String> scope(Edition edition) {
        return edition.legislatureIds().isEmpty() ? legislatures.findAll().stream().map(Legislature::id).toList() : edition.legislatureIds();
    }

    private Legislature inScope(Edition edition, String legislatureId) {
        Legislature legislature = legislatureId == null ? null : legislatures.find(legislatureId).orElse(null);
        if (legislature == null || !edition.inScope(legislatureId)) {
            throw new ResourceNotFoundException("legislatureId", "La legislatura '" + legislatureId + "' no está en la edición " + edition.id() + ".");
        }
        return legislature;
    }

    private static Variable variable(Methodology methodology, String variableId) {
        return methodology.variable(variableId).orElseThrow(() -> new ResourceNotFoundException("variableId",
                "La variable '" + variableId + "' no existe en la metodología " + methodology.key() + "."));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    private static void requireWindow(boolean inside, String name, Optional<LocalDate> opens, Optional<LocalDate> closes) {
        if (!inside) {
            throw new ConflictException("window", "Fuera de la ventana de " + name + " (" + opens.map(Object::toString).orElse("?") + " a "
                    + closes.map(Object::toString).orElse("?") + ").");
        }
    }

    private static String stateMessage(Edition edition) {
        return edition.state() == EditionState.PUBLISHED
                ? "La edición está publicada: no se escribe en ella; se corrige publicando una revisión con nota de cambio."
                : "La edición está en «" + edition.state().jsonName() + "»; esta acción no corresponde a ese estado.";
    }

    private static void requireRole(Caller caller, Role role, String message) {
        if (!caller.signedIn()) {
            throw new NotSignedInException("Hace falta iniciar sesión.");
        }
        if (!caller.has(role) && !caller.isSystem()) {
            throw new AccessDeniedException(message);
        }
    }

    private List<EvidenceLink> evidence(List<EvidenceInput> inputs) {
        List<EvidenceLink> links = new ArrayList<>();
        if (inputs == null) {
            return links;
        }
        if (inputs.size() > Answer.MAX_EVIDENCE) {
            throw new InvalidInputException("evidence", "A lo más " + Answer.MAX_EVIDENCE + " evidencias (llegaron " + inputs.size() + ").");
        }
        for (int i = 0; i < inputs.size(); i++) {
            EvidenceInput in = inputs.get(i);
            String field = "evidence[" + i + "]";
            if (in == null) {
                throw new InvalidInputException(field, "Evidencia vacía.");
            }
            if (in.documentId() != null) {
                Document document = documents.find(in.documentId()).orElseThrow(() -> new InvalidInputException(field + ".documentId",
                        "No existe el documento " + in.documentId() + " en el archivo."));
                links.add(EvidenceLink.archived(document.id(), in.label() == null || in.label().isBlank() ? document.title() : in.label(),
                        document.sha256()));
            } else {
                if (!EvidenceLink.isHttpUrl(in.url())) {
                    throw new InvalidInputException(field + ".url", "La evidencia debe ser una dirección http(s) absoluta o un documentId del archivo.");
                }
                links.add(new EvidenceLink(in.url(), in.label() == null || in.label().isBlank() ? null : in.label().strip(), clock.instant(), null));
            }
        }
        return links;
    }

    static String evidenceJson(List<EvidenceLink> links) {
        JsonArrayBuilder array = Jsonp.PROVIDER.createArrayBuilder();
        for (EvidenceLink l : links) {
            JsonObjectBuilder o = Jsonp.PROVIDER.createObjectBuilder();
            if (l.url() != null) {
                o.add("url", l.url());
            }
            if (l.label() != null) {
                o.add("label", l.label());
            }
            if (l.documentId() != null) {
                o.add("documentId", l.documentId());
            }
            if (l.retrievedAt() != null) {
                o.add("retrievedAt", l.retrievedAt().toString());
            }
            if (l.contentSha256() != null) {
                o.add("sha256", l.contentSha256());
            }
            array.add(o);
        }
        return array.build().toString();
    }

    private void revision(Answer answer, String author, String cause) {
        int next = records.lastRevision(answer.editionId(), answer.legislatureId(), answer.variableId()) + 1;
        records.add(new AnswerRevision(answer.editionId(), answer.legislatureId(), answer.variableId(), next, answer.value(),
                answer.justification(), evidenceJson(answer.evidence()), author, cause, clock.instant()));
    }

    private static String abbreviate(List<String> ids) {
        List<String> sorted = ids.stream().sorted(Comparator.naturalOrder()).toList();
        return sorted.size() <= 8 ? String.join(", ", sorted) : String.join(", ", sorted.subList(0, 8)) + "…";
    }

    private static AuditTrail.Subject subject(Edition e) {
        return new AuditTrail.Subject("edition", e.id(), e.id());
    }

    private static AuditTrail.Subject answerSubject(Answer a) {
        return new AuditTrail.Subject("answer", a.editionId() + "/" + a.legislatureId() + "/" + a.variableId(), a.editionId());
    }

    static Map<String, Object> state(Edition e) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("state", e.state().jsonName());
        s.put("revision", e.revision());
        s.put("legislatures", e.legislatureIds());
        s.put("evaluationWindow", e.evaluationOpens().map(Object::toString).orElse("") + "/" + e.evaluationCloses().map(Object::toString).orElse(""));
        s.put("replyWindow", e.replyOpens().map(Object::toString).orElse("") + "/" + e.replyCloses().map(Object::toString).orElse(""));
        return s;
    }

    private Map<String, Object> state(Assignment a) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("legislature", a.legislatureId());
        s.put("evaluator", nameOf(a.evaluatorId()));
        s.put("reviewer", nameOf(a.reviewerId()));
        s.put("submittedAt", a.submittedAt().map(Object::toString).orElse(null));
        return s;
    }

    static Map<String, Object> state(Answer a) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("value", a.value());
        s.put("justification", a.justification());
        s.put("evidence", evidenceJson(a.evidence()));
        s.put("status", a.status().jsonName());
        s.put("version", a.version());
        return s;
    }
}
