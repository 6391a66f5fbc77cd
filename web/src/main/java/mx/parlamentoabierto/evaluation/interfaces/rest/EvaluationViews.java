package mx.parlamentoabierto.evaluation.interfaces.rest;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonValue;

import mx.parlamentoabierto.audit.domain.AuditEntry;
import mx.parlamentoabierto.evaluation.application.HistoryLine;
import mx.parlamentoabierto.evaluation.application.Progress;
import mx.parlamentoabierto.evaluation.domain.AnswerReview;
import mx.parlamentoabierto.evaluation.domain.Objection;
import mx.parlamentoabierto.methodology.domain.Variable;
import mx.parlamentoabierto.platform.json.Jsonp;
import mx.parlamentoabierto.scoring.domain.Answer;
import mx.parlamentoabierto.scoring.domain.Edition;
import mx.parlamentoabierto.scoring.domain.EvidenceLink;

/** The JSON shapes of the evaluation API, assembled from the domain (no logic beyond naming). */
public final class EvaluationViews {

    private EvaluationViews() {
    }

    public record Window(String opens, String closes) {
    }

    public record EditionDetail(String id, String title, int year, String methodologyKey, boolean demo, String state, int revision,
            List<String> legislatures, Window evaluationWindow, Window replyWindow, String evaluatorNames, String snapshotSha256,
            String headlineSince, String headlineNote) {
        static EditionDetail of(Edition e, String sha) {
            return new EditionDetail(e.id(), e.title(), e.year(), e.methodologyKey(), e.demo(), e.state().jsonName(), e.revision(),
                    e.legislatureIds(), new Window(e.evaluationOpens().map(Object::toString).orElse(null), e.evaluationCloses().map(Object::toString).orElse(null)),
                    new Window(e.replyOpens().map(Object::toString).orElse(null), e.replyCloses().map(Object::toString).orElse(null)),
                    e.evaluatorNames().name().toLowerCase(java.util.Locale.ROOT), sha, e.headlineSince().map(Object::toString).orElse(null),
                    e.headlineNote().orElse(null));
        }
    }

    public record PrincipleProgress(int principle, int answered, int total) {
    }

    public record AssignmentView(String legislature, String legislatureName, String evaluator, String reviewer, String submittedAt,
            int answered, int total, int submitted, int accepted, int returned, List<PrincipleProgress> principles,
            List<String> returnedVariables, int openObjections) {
        static AssignmentView of(Progress p) {
            List<PrincipleProgress> principles = new ArrayList<>();
            p.byPrinciple().forEach((n, counts) -> principles.add(new PrincipleProgress(n, counts[0], counts[1])));
            return new AssignmentView(p.assignment().legislatureId(), p.legislatureName(), p.evaluator(), p.reviewer(),
                    p.assignment().submittedAt().map(Object::toString).orElse(null), p.answered(), p.total(), p.submitted(), p.accepted(),
                    p.returned(), principles, p.returnedVariables(), p.openObjections());
        }
    }

    public record EvidenceView(String url, String label, Long documentId, String retrievedAt, String sha256) {
        static EvidenceView of(EvidenceLink l) {
            return new EvidenceView(l.url(), l.label(), l.documentId(), l.retrievedAt() == null ? null : l.retrievedAt().toString(),
                    l.contentSha256());
        }
    }

    public record ReviewView(String author, String decision, String comment, String at) {
        static ReviewView of(AnswerReview r) {
            return new ReviewView(r.author(), r.decision().jsonName(), r.comment(), r.recordedAt().toString());
        }
    }

    /** {@code evidenceDraft}: evidence lines typed in the form that are not valid yet (the team's working text only). */
    public record AnswerView(String variable, String text, int value, String valueLabel, String justification, List<EvidenceView> evidence,
            String evidenceDraft, String status, long version, String author, String updatedAt, List<ReviewView> reviews) {
        static AnswerView of(Answer a, Variable v, List<AnswerReview> reviews, boolean showAuthor) {
            return new AnswerView(a.variableId(), v == null ? null : v.text(), a.value(), v == null ? null : v.scale().label(a.value()),
                    a.justification(), a.evidence().stream().map(EvidenceView::of).toList(), showAuthor ? a.evidenceDraft() : null,
                    a.status().jsonName(), a.version(), showAuthor ? a.author() : null, a.updatedAt().toString(),
                    reviews == null ? List.of() : reviews.stream().map(ReviewView::of).toList());
        }
    }

    public record ObjectionView(long id, String legislature, String variable, String filedBy, String argument, JsonValue evidence,
            String filedAt, String outcome, String resolution, String resolvedBy, String resolvedAt) {
        static ObjectionView of(Objection o) {
            return new ObjectionView(o.id(), o.legislatureId(), o.variableId(), o.filedBy(), o.argument(), parse(o.evidenceJson()),
                    o.filedAt().toString(), o.outcome().jsonName(), o.resolution().orElse(null), o.resolvedBy().orElse(null),
                    o.resolvedAt().map(Object::toString).orElse(null));
        }
    }

    /** {@code reviewOpen}: the caller may accept and return these answers now (their reviewer, once handed in). */
    public record SheetView(String edition, String editionState, String legislature, String legislatureName, boolean fullAccess,
            boolean reviewOpen, AssignmentSummary assignment, List<AnswerView> answers, List<ObjectionView> objections) {
    }

    public record AssignmentSummary(String submittedAt) {
    }

    public record HistoryView(int revision, int value, String justification, JsonValue evidence, String author, String cause, String at) {
        static HistoryView of(HistoryLine h) {
            return new HistoryView(h.revision(), h.value(), h.justification(), parse(h.evidenceJson()), h.author(), h.cause(), h.at().toString());
        }
    }

    public record AuditView(long id, String at, String actor, String address, String action, String subjectType, String subjectId,
            JsonValue before, JsonValue after) {
        static AuditView of(AuditEntry e) {
            return new AuditView(e.id(), e.recordedAt().toString(), e.actor(), e.actorAddress(), e.action(), e.subjectType(), e.subjectId(),
                    e.before().map(EvaluationViews::parse).orElse(JsonValue.NULL), e.after().map(EvaluationViews::parse).orElse(JsonValue.NULL));
        }
    }

    public record SnapshotSummary(int revision, String publishedAt, String publishedBy, String changeNote, String sha256) {
    }

    public record TransitionResult(EditionDetail edition, Map<String, Object> details) {
    }

    static JsonValue parse(String json) {
        return json == null ? JsonValue.NULL : Jsonp.PROVIDER.createReader(new StringReader(json)).readValue();
    }
}
