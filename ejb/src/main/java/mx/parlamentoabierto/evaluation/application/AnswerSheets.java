package mx.parlamentoabierto.evaluation.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import mx.parlamentoabierto.audit.application.AuditTrail;
import mx.parlamentoabierto.evaluation.domain.AnswerReview;
import mx.parlamentoabierto.evaluation.domain.AnswerRevision;
import mx.parlamentoabierto.evaluation.domain.Assignment;
import mx.parlamentoabierto.evaluation.domain.EditionAccess;
import mx.parlamentoabierto.evaluation.domain.EvaluationRecords;
import mx.parlamentoabierto.identity.domain.Caller;
import mx.parlamentoabierto.legislature.domain.Legislature;
import mx.parlamentoabierto.methodology.domain.Methodology;
import mx.parlamentoabierto.methodology.domain.Variable;
import mx.parlamentoabierto.platform.AccessDeniedException;
import mx.parlamentoabierto.platform.ConflictException;
import mx.parlamentoabierto.platform.InvalidInputException;
import mx.parlamentoabierto.platform.NotSignedInException;
import mx.parlamentoabierto.platform.events.ApplicationEvents;
import mx.parlamentoabierto.platform.persistence.Database;
import mx.parlamentoabierto.platform.persistence.UnitOfWork;
import mx.parlamentoabierto.scoring.application.RankingService;
import mx.parlamentoabierto.scoring.domain.Answer;
import mx.parlamentoabierto.scoring.domain.AnswerRepository;
import mx.parlamentoabierto.scoring.domain.AnswerStatus;
import mx.parlamentoabierto.scoring.domain.AnswersChanged;
import mx.parlamentoabierto.scoring.domain.Edition;
import mx.parlamentoabierto.scoring.domain.EditionState;
import mx.parlamentoabierto.scoring.domain.EvidenceLink;

/**
 * The answers of one legislature: read as the caller may see them, written by its evaluator (with optimistic
 * versions and a revision per save), handed in for review, and their history.
 * Every operation is one unit of work with its audit entry; the rules shared by the use cases are in
 * {@link EvaluationRules}.
 */
@ApplicationScoped
public class AnswerSheets {

    private Database database;
    private AnswerRepository answers;
    private EvaluationRecords records;
    private RankingService rankings;
    private AuditTrail audit;
    private ApplicationEvents events;
    private Clock clock;
    private EvaluationRules rules;

    protected AnswerSheets() {
        // CDI proxy
    }

    @Inject
    public AnswerSheets(Database database, AnswerRepository answers, EvaluationRecords records, RankingService rankings,
            AuditTrail audit, ApplicationEvents events, Clock clock, EvaluationRules rules) {
        this.database = database;
        this.answers = answers;
        this.records = records;
        this.rankings = rankings;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.rules = rules;
    }

    // ---- answers ------------------------------------------------------------------------------------------

    /** The answers of one legislature, as far as the caller may see them. */
    @UnitOfWork
    public AnswerSheet sheet(Caller caller, String editionId, String legislatureId) {
        EditionAccess access = rules.visible(caller, editionId);
        Edition edition = access.edition();
        Legislature legislature = rules.inScope(edition, legislatureId);
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
    }

    /**
     * Saves one answer (the assigned evaluator, during the evaluation window, or a returned answer during review).
     * A write based on an older version than the stored one is refused with 409: someone else changed it.
     */
    @UnitOfWork
    public Answer saveAnswer(Caller caller, String editionId, String legislatureId, String variableId, AnswerInput input) {
        Answer saved;
        EditionAccess access = rules.visible(caller, editionId);
        Edition edition = access.edition();
        rules.inScope(edition, legislatureId);
        Methodology methodology = rankings.methodologyOf(edition);
        Variable variable = EvaluationRules.variable(methodology, variableId);
        if (!access.evaluates(legislatureId)) {
            throw new AccessDeniedException("Solo quien tiene asignada esta legislatura como evaluador escribe sus respuestas.");
        }
        Optional<Answer> current = answers.find(editionId, legislatureId, variableId);
        Assignment assignment = access.assignment(legislatureId).orElseThrow();
        switch (edition.state()) {
            case EVALUATION -> {
                EvaluationRules.requireWindow(edition.evaluationWindowIncludes(rules.today()), "evaluación", edition.evaluationOpens(), edition.evaluationCloses());
                if (assignment.submittedAt().isPresent() && current.map(a -> a.status() != AnswerStatus.RETURNED).orElse(true)) {
                    throw new ConflictException("state", "Las respuestas de esta legislatura ya se entregaron; esperan la revisión.");
                }
            }
            case REVIEW -> {
                if (current.isEmpty() || (current.get().status() != AnswerStatus.RETURNED && current.get().status() != AnswerStatus.DRAFT)) {
                    throw new ConflictException("state", "En revisión solo se corrigen las respuestas devueltas.");
                }
            }
            default -> throw new ConflictException("state", EvaluationRules.stateMessage(edition));
        }
        if (input.value() == null) {
            throw new InvalidInputException("value", "Hace falta el valor.");
        }
        if (!variable.scale().accepts(input.value())) {
            throw new InvalidInputException("value", "El valor " + input.value() + " está fuera de la escala de " + variable.id() + " ("
                    + variable.scale().min() + ".." + variable.scale().max() + ").");
        }
        List<EvidenceLink> evidence = rules.evidence(input.evidence());
        Answer answer;
        Map<String, Object> before = current.map(EvaluationRules::state).orElse(null);
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
        database.flush();
        rules.revision(answer, caller.name(), "evaluation");
        audit.record(caller, "answer.saved", EvaluationRules.answerSubject(answer), before, EvaluationRules.state(answer));
        saved = answer;
        events.publish(new AnswersChanged(editionId));
        return saved;
    }

    /** Hands in every answer of a legislature for review; every variable must be answered. */
    @UnitOfWork
    public int submit(Caller caller, String editionId, String legislatureId) {
        EditionAccess access = rules.visible(caller, editionId);
        Edition edition = access.edition();
        rules.inScope(edition, legislatureId);
        if (!access.evaluates(legislatureId)) {
            throw new AccessDeniedException("Solo el evaluador asignado entrega esta legislatura.");
        }
        if (edition.state() == EditionState.EVALUATION) {
            EvaluationRules.requireWindow(edition.evaluationWindowIncludes(rules.today()), "evaluación", edition.evaluationOpens(), edition.evaluationCloses());
        } else if (edition.state() != EditionState.REVIEW) {
            throw new ConflictException("state", EvaluationRules.stateMessage(edition));
        }
        Methodology methodology = rankings.methodologyOf(edition);
        Map<String, Answer> given = new HashMap<>();
        answers.forLegislature(editionId, legislatureId).forEach(a -> given.put(a.variableId(), a));
        List<String> missing = methodology.variables().stream().map(Variable::id).filter(id -> !given.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            throw new ConflictException("answers", "Faltan " + missing.size() + " variables por responder: " + EvaluationRules.abbreviate(missing) + ".");
        }
        List<String> returned = given.values().stream().filter(a -> a.status() == AnswerStatus.RETURNED).map(Answer::variableId).sorted().toList();
        if (!returned.isEmpty()) {
            throw new ConflictException("answers", "Hay " + returned.size() + " respuestas devueltas sin corregir: " + EvaluationRules.abbreviate(returned) + ".");
        }
        int moved = 0;
        for (Answer a : given.values()) {
            if (a.status() == AnswerStatus.DRAFT) {
                a.moveTo(AnswerStatus.SUBMITTED);
                moved++;
            }
        }
        Assignment assignment = access.assignment(legislatureId).orElseThrow();
        Map<String, Object> before = rules.assignmentState(assignment);
        assignment.submitted(clock.instant());
        audit.record(caller, "assignment.submitted", new AuditTrail.Subject("assignment", editionId + "/" + legislatureId, editionId),
                before, rules.assignmentState(assignment));
        return moved;
    }

    /** The history of one answer, with names (or "Evaluador N") as the edition says, for those who may see it. */
    @UnitOfWork
    public List<HistoryLine> history(Caller caller, String editionId, String legislatureId, String variableId) {
        EditionAccess access = rules.visible(caller, editionId);
        Edition edition = access.edition();
        rules.inScope(edition, legislatureId);
        EvaluationRules.variable(rankings.methodologyOf(edition), variableId);
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
    }
}
