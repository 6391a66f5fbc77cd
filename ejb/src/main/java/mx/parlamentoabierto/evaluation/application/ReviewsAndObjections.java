package mx.parlamentoabierto.evaluation.application;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import mx.parlamentoabierto.audit.application.AuditTrail;
import mx.parlamentoabierto.evaluation.domain.AnswerReview;
import mx.parlamentoabierto.evaluation.domain.AnswerRevision;
import mx.parlamentoabierto.evaluation.domain.EditionAccess;
import mx.parlamentoabierto.evaluation.domain.EvaluationRecords;
import mx.parlamentoabierto.evaluation.domain.Objection;
import mx.parlamentoabierto.identity.domain.Caller;
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
import mx.parlamentoabierto.scoring.domain.EditionState;

/**
 * Review of handed-in answers (accept or return, never one's own), and the legislatures' objections during the reply
 * window with their resolution.
 * Every operation is one unit of work with its audit entry; the rules shared by the use cases are in
 * {@link EvaluationRules}.
 */
@ApplicationScoped
public class ReviewsAndObjections {

    private Database database;
    private AnswerRepository answers;
    private EvaluationRecords records;
    private RankingService rankings;
    private AuditTrail audit;
    private ApplicationEvents events;
    private Clock clock;
    private EvaluationRules rules;

    protected ReviewsAndObjections() {
        // CDI proxy
    }

    @Inject
    public ReviewsAndObjections(Database database, AnswerRepository answers, EvaluationRecords records, RankingService rankings,
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

    /**
     * A reviewer accepts or returns a submitted answer — during review, or during evaluation as soon as the legislature
     * was handed in; returning needs a comment.
     */
    @UnitOfWork
    public Answer review(Caller caller, String editionId, String legislatureId, String variableId, String decisionName, String comment) {
        EditionAccess access = reviewable(caller, editionId, legislatureId);
        EvaluationRules.variable(rankings.methodologyOf(access.edition()), variableId);
        AnswerReview.Decision decision = AnswerReview.Decision.fromName(decisionName).orElseThrow(() -> new InvalidInputException("decision",
                "La decisión es accept o return."));
        Answer answer = answers.find(editionId, legislatureId, variableId).orElseThrow(() -> new ConflictException("variableId",
                "La variable " + variableId + " no tiene respuesta que revisar."));
        requireNotAuthor(caller, editionId, legislatureId, variableId);
        return reviewOne(caller, answer, decision, comment);
    }

    /**
     * Accepts every answer of the legislature still waiting for review that the reviewer did not write ("accept the
     * rest"); each one recorded and audited as if accepted alone. Returns how many were accepted.
     */
    @UnitOfWork
    public int acceptRest(Caller caller, String editionId, String legislatureId) {
        reviewable(caller, editionId, legislatureId);
        int accepted = 0;
        for (Answer answer : answers.forLegislature(editionId, legislatureId)) {
            if (answer.status() != AnswerStatus.SUBMITTED
                    || records.revisions(editionId, legislatureId, answer.variableId()).stream().anyMatch(r -> r.author().equals(caller.name()))) {
                continue;
            }
            reviewOne(caller, answer, AnswerReview.Decision.ACCEPT, null);
            accepted++;
        }
        return accepted;
    }

    /** The edition, once the caller may review this legislature now ({@link EditionAccess#reviewOpen}). */
    private EditionAccess reviewable(Caller caller, String editionId, String legislatureId) {
        EditionAccess access = rules.visible(caller, editionId);
        Edition edition = access.edition();
        rules.inScope(edition, legislatureId);
        if (!access.reviews(legislatureId)) {
            throw new AccessDeniedException("Solo el revisor asignado revisa esta legislatura.");
        }
        if (!access.reviewOpen(legislatureId)) {
            throw new ConflictException("state", edition.state() == EditionState.EVALUATION
                    ? "Esta legislatura aún no se entrega: se revisa en cuanto su evaluador la entregue."
                    : EvaluationRules.stateMessage(edition));
        }
        return access;
    }

    private Answer reviewOne(Caller caller, Answer answer, AnswerReview.Decision decision, String comment) {
        if (answer.status() != AnswerStatus.SUBMITTED) {
            throw new ConflictException("state", "La respuesta está «" + answer.status().jsonName() + "»; solo se revisan las entregadas.");
        }
        if (decision == AnswerReview.Decision.RETURN && (comment == null || comment.isBlank())) {
            throw new InvalidInputException("comment", "Al devolver una respuesta hace falta un comentario para el evaluador.");
        }
        if (comment != null && comment.length() > AnswerReview.MAX_COMMENT) {
            throw new InvalidInputException("comment", "El comentario pasa de " + AnswerReview.MAX_COMMENT + " caracteres.");
        }
        Map<String, Object> before = EvaluationRules.state(answer);
        records.add(new AnswerReview(answer.editionId(), answer.legislatureId(), answer.variableId(), caller.name(), decision,
                comment == null || comment.isBlank() ? null : comment.strip(), clock.instant()));
        answer.moveTo(decision == AnswerReview.Decision.ACCEPT ? AnswerStatus.ACCEPTED : AnswerStatus.RETURNED);
        database.flush();
        Map<String, Object> after = EvaluationRules.state(answer);
        after.put("comment", comment);
        audit.record(caller, "answer.reviewed", EvaluationRules.answerSubject(answer), before, after);
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
    @UnitOfWork
    public Objection object(Caller caller, String editionId, String legislatureId, String variableId, String argument,
            List<EvidenceInput> evidence) {
        EditionAccess access = rules.visible(caller, editionId);
        Edition edition = access.edition();
        rules.inScope(edition, legislatureId);
        EvaluationRules.variable(rankings.methodologyOf(edition), variableId);
        if (!caller.staffOf(legislatureId)) {
            throw new AccessDeniedException("Solo el personal de esta legislatura presenta objeciones a sus respuestas.");
        }
        if (edition.state() != EditionState.REPLY) {
            throw new ConflictException("state", EvaluationRules.stateMessage(edition));
        }
        EvaluationRules.requireWindow(edition.replyWindowIncludes(rules.today()), "réplica", edition.replyOpens(), edition.replyCloses());
        Answer answer = answers.find(editionId, legislatureId, variableId).filter(a -> a.status() == AnswerStatus.ACCEPTED)
                .orElseThrow(() -> new ConflictException("variableId", "La variable " + variableId + " no tiene respuesta aceptada."));
        if (records.objections(editionId, legislatureId).stream().anyMatch(o -> o.open() && o.variableId().equals(variableId))) {
            throw new ConflictException("variableId", "Ya hay una objeción abierta sobre " + variableId + ".");
        }
        String evidenceJson = EvaluationRules.evidenceJson(rules.evidence(evidence));
        Objection objection = new Objection(editionId, legislatureId, answer.variableId(), caller.name(), argument, evidenceJson, clock.instant());
        records.add(objection);
        database.flush();
        audit.record(caller, "objection.filed", new AuditTrail.Subject("objection", String.valueOf(objection.id()), editionId), null,
                Map.of("legislature", legislatureId, "variable", variableId, "argument", objection.argument()));
        return objection;
    }

    /**
     * The reviewer of the legislature resolves an objection: the answer stands ({@code upheld}) or is changed
     * ({@code answer-changed}, with the new value and justification, recorded as a revision).
     */
    @UnitOfWork
    public Objection resolve(Caller caller, String editionId, long objectionId, String outcomeName, String reason, AnswerInput change) {
        Objection resolved;
        EditionAccess access = rules.visible(caller, editionId);
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
            throw new ConflictException("state", EvaluationRules.stateMessage(edition));
        }
        objection.resolve(outcome, reason, caller.name(), clock.instant());
        if (outcome == Objection.Outcome.ANSWER_CHANGED) {
            if (change == null || change.value() == null) {
                throw new InvalidInputException("value", "Al cambiar la respuesta hace falta el valor nuevo.");
            }
            Variable variable = EvaluationRules.variable(rankings.methodologyOf(edition), objection.variableId());
            if (!variable.scale().accepts(change.value())) {
                throw new InvalidInputException("value", "El valor " + change.value() + " está fuera de la escala de " + variable.id() + ".");
            }
            Answer answer = answers.find(editionId, objection.legislatureId(), objection.variableId()).orElseThrow();
            Map<String, Object> before = EvaluationRules.state(answer);
            answer.revise(change.value(), change.justification() == null ? answer.justification() : change.justification(),
                    change.evidence() == null ? answer.evidence() : rules.evidence(change.evidence()), clock.instant());
            answer.writtenBy(caller.name());
            database.flush();
            rules.revision(answer, caller.name(), "objection");
            audit.record(caller, "answer.changed-by-objection", EvaluationRules.answerSubject(answer), before, EvaluationRules.state(answer));
        }
        audit.record(caller, "objection.resolved", new AuditTrail.Subject("objection", String.valueOf(objectionId), editionId),
                Map.of("outcome", "open"), Map.of("outcome", objection.outcome().jsonName(), "reason", objection.resolution().orElse("")));
        resolved = objection;
        events.publish(new AnswersChanged(editionId));
        return resolved;
    }

    /** Objections of an edition the caller may see (all when published; own legislature's for staff; coordinators/reviewers). */
    @UnitOfWork
    public List<Objection> objections(Caller caller, String editionId) {
        EditionAccess access = rules.visible(caller, editionId);
        return records.objections(editionId).stream().filter(o -> access.edition().state() == EditionState.PUBLISHED
                || access.canSeeWork(o.legislatureId()) || caller.staffOf(o.legislatureId())).toList();
    }
}
