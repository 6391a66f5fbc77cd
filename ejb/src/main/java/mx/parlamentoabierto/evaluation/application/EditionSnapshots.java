package mx.parlamentoabierto.evaluation.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import mx.parlamentoabierto.audit.application.AuditTrail;
import mx.parlamentoabierto.evaluation.domain.EditionAccess;
import mx.parlamentoabierto.evaluation.domain.EditionSnapshot;
import mx.parlamentoabierto.evaluation.domain.EvaluationRecords;
import mx.parlamentoabierto.identity.domain.Caller;
import mx.parlamentoabierto.methodology.application.MethodologyCatalog;
import mx.parlamentoabierto.methodology.domain.Methodology;
import mx.parlamentoabierto.methodology.domain.Variable;
import mx.parlamentoabierto.platform.AccessDeniedException;
import mx.parlamentoabierto.platform.ConflictException;
import mx.parlamentoabierto.platform.InvalidInputException;
import mx.parlamentoabierto.platform.ResourceNotFoundException;
import mx.parlamentoabierto.platform.events.ApplicationEvents;
import mx.parlamentoabierto.platform.persistence.Database;
import mx.parlamentoabierto.platform.persistence.UnitOfWork;
import mx.parlamentoabierto.scoring.application.RankingService;
import mx.parlamentoabierto.scoring.domain.Answer;
import mx.parlamentoabierto.scoring.domain.AnswerRepository;
import mx.parlamentoabierto.scoring.domain.AnswerStatus;
import mx.parlamentoabierto.scoring.domain.AnswersChanged;
import mx.parlamentoabierto.scoring.domain.Edition;
import mx.parlamentoabierto.scoring.domain.EditionChanged;
import mx.parlamentoabierto.scoring.domain.EditionState;

/**
 * The published snapshots of an edition: frozen at publication, read by revision, and new revisions made by
 * corrections with their change note.
 * Every operation is one unit of work with its audit entry; the rules shared by the use cases are in
 * {@link EvaluationRules}.
 */
@ApplicationScoped
public class EditionSnapshots {

    private Database database;
    private AnswerRepository answers;
    private EvaluationRecords records;
    private RankingService rankings;
    private MethodologyCatalog methodologies;
    private AuditTrail audit;
    private ApplicationEvents events;
    private Clock clock;
    private EvaluationRules rules;

    protected EditionSnapshots() {
        // CDI proxy
    }

    @Inject
    public EditionSnapshots(Database database, AnswerRepository answers, EvaluationRecords records, RankingService rankings,
            MethodologyCatalog methodologies, AuditTrail audit, ApplicationEvents events, Clock clock, EvaluationRules rules) {
        this.database = database;
        this.answers = answers;
        this.records = records;
        this.rankings = rankings;
        this.methodologies = methodologies;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.rules = rules;
    }

    // ---- publication --------------------------------------------------------------------------------------

    /** The published snapshot of a revision (0 or absent: the latest). */
    @UnitOfWork
    public EditionSnapshot snapshot(Caller caller, String editionId, Integer revision) {
        Edition edition = rules.visible(caller, editionId).edition();
        if (edition.revision() == 0) {
            throw new ResourceNotFoundException("revision", "La edición '" + editionId + "' no se ha publicado todavía.");
        }
        int wanted = revision == null || revision == 0 ? edition.revision() : revision;
        EditionSnapshot s = records.snapshot(editionId, wanted).orElseThrow(() -> new ResourceNotFoundException("revision",
                "La edición '" + editionId + "' no tiene la revisión " + wanted + " (hay de 1 a " + edition.revision() + ")."));
        s.content();
        return s;
    }

    @UnitOfWork
    public List<EditionSnapshot> snapshots(Caller caller, String editionId) {
        rules.visible(caller, editionId);
        return records.snapshots(editionId);
    }

    /** The latest published snapshot's SHA-256, for pages that show it (empty before publication). */
    @UnitOfWork
    public Optional<String> publishedSha256(String editionId) {
        return rules.editionIfExists(editionId).filter(e -> e.revision() > 0)
                .flatMap(e -> records.snapshot(editionId, e.revision())).map(EditionSnapshot::contentSha256);
    }

    /** Corrects a published edition: the changed answers, then a new revision with its change note (coordinators). */
    @UnitOfWork
    public EditionSnapshot correct(Caller caller, String editionId, String note, List<Correction> corrections) {
        EditionSnapshot snapshot;
        EditionAccess access = rules.visible(caller, editionId);
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
            if (c.legislatureId() == null || !rules.scope(edition).contains(c.legislatureId())) {
                throw new InvalidInputException(at + "legislatureId", "La legislatura '" + c.legislatureId() + "' no está en la edición.");
            }
            Variable variable = methodology.variable(c.variableId()).orElseThrow(() -> new InvalidInputException(at + "variableId",
                    "La variable '" + c.variableId() + "' no existe en " + methodology.key() + "."));
            if (c.value() == null || !variable.scale().accepts(c.value())) {
                throw new InvalidInputException(at + "value", "El valor " + c.value() + " está fuera de la escala de " + variable.id() + ".");
            }
            Optional<Answer> current = answers.find(editionId, c.legislatureId(), c.variableId());
            Map<String, Object> before = current.map(EvaluationRules::state).orElse(null);
            Answer answer;
            if (current.isPresent()) {
                answer = current.get();
                answer.revise(c.value(), c.justification(), c.evidence() == null ? answer.evidence() : rules.evidence(c.evidence()), clock.instant());
            } else {
                answer = new Answer(editionId, c.legislatureId(), c.variableId(), c.value(), c.justification(),
                        rules.evidence(c.evidence()), clock.instant());
                answer.moveTo(AnswerStatus.ACCEPTED);
                answers.add(answer);
            }
            answer.writtenBy(caller.name());
            database.flush();
            rules.revision(answer, caller.name(), "correction");
            audit.record(caller, "answer.corrected", EvaluationRules.answerSubject(answer), before, EvaluationRules.state(answer));
        }
        Map<String, Object> before = EvaluationRules.state(edition);
        EditionSnapshot created = freeze(caller, edition, note.strip());
        audit.record(caller, "edition.revised", EvaluationRules.subject(edition), before, EvaluationRules.state(edition));
        snapshot = created;
        events.publish(new EditionChanged(editionId, EditionChanged.Change.REVISED));
        events.publish(new AnswersChanged(editionId));
        return snapshot;
    }

    /**
     * Publishes a snapshot of an edition as it is now (the demonstration edition at startup, and any published
     * edition that predates snapshots); does nothing when the edition already has one.
     */
    @UnitOfWork
    public void ensureSnapshot(String editionId) {
        rules.editionIfExists(editionId).filter(e -> e.state() == EditionState.PUBLISHED && e.revision() == 0)
                .ifPresent(e -> freeze(Caller.system(), e, null));
    }

    EditionSnapshot freeze(Caller caller, Edition edition, String note) {
        Methodology methodology = rankings.methodologyOf(edition);
        int revision = edition.nextRevision();
        String at = clock.instant().toString();
        List<Answer> all = new ArrayList<>();
        List<String> scope = rules.scope(edition);
        for (String legislatureId : scope) {
            all.addAll(answers.readOnly(edition.id(), legislatureId));
        }
        String content = SnapshotDocument.write(new SnapshotDocument.Header(edition, revision,
                methodologies.contentSha256(edition.methodologyKey()).orElse(""), methodology.defaultAggregation().jsonName(), at,
                caller.auditName(), note, scope), all, records.objections(edition.id()));
        EditionSnapshot snapshot = new EditionSnapshot(edition.id(), revision, java.time.Instant.parse(at), caller.auditName(), note,
                SnapshotDocument.sha256(content), content);
        records.add(snapshot);
        audit.record(caller, "edition.published", EvaluationRules.subject(edition), null, Map.of("revision", revision, "sha256", snapshot.contentSha256()));
        events.publish(new EditionChanged(edition.id(), EditionChanged.Change.PUBLISHED));
        return snapshot;
    }
}
