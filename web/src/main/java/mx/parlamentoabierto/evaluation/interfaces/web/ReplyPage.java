package mx.parlamentoabierto.evaluation.interfaces.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import mx.parlamentoabierto.evaluation.application.EvaluationService;
import mx.parlamentoabierto.evaluation.domain.Objection;
import mx.parlamentoabierto.identity.application.AccessDeniedException;
import mx.parlamentoabierto.identity.domain.Caller;
import mx.parlamentoabierto.methodology.domain.Variable;
import mx.parlamentoabierto.platform.interfaces.web.CurrentCaller;
import mx.parlamentoabierto.scoring.domain.Answer;

/**
 * The legislature's right of reply ({@code /trabajo/replica.xhtml?edicion=…}): staff see their own legislature's
 * accepted answers (and no other legislature's) and object to any of them with an argument and evidence.
 */
@Named
@ViewScoped
public class ReplyPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient EvaluationService evaluation;

    private String edition;
    private String legislatureName;
    private String stateLabel;
    private final List<Line> lines = new ArrayList<>();
    private final List<Objection> objections = new ArrayList<>();

    public static final class Line implements Serializable {
        private static final long serialVersionUID = 1L;
        final String variableId;
        final String text;
        final String valueLabel;
        final String justification;
        final String evidence;
        String argument;
        String objectionEvidence;
        String message;

        Line(Variable v, Answer a) {
            this.variableId = v.id();
            this.text = v.text();
            this.valueLabel = a.value() + " — " + v.scale().label(a.value());
            this.justification = a.justification();
            this.evidence = WorkPages.evidenceText(a.evidence());
        }

        public String getVariableId() { return variableId; }
        public String getDomId() { return variableId.replace('.', '_'); }
        public String getText() { return text; }
        public String getValueLabel() { return valueLabel; }
        public String getJustification() { return justification; }
        public String getEvidence() { return evidence; }
        public String getArgument() { return argument; }
        public void setArgument(String argument) { this.argument = argument; }
        public String getObjectionEvidence() { return objectionEvidence; }
        public void setObjectionEvidence(String objectionEvidence) { this.objectionEvidence = objectionEvidence; }
        public String getMessage() { return message; }
    }

    public void load() {
        Caller caller = CurrentCaller.get();
        if (caller.legislatureId() == null) {
            throw new AccessDeniedException("La réplica es para el personal de una legislatura.");
        }
        lines.clear();
        objections.clear();
        EvaluationService.AnswerSheet sheet = evaluation.sheet(caller, edition, caller.legislatureId());
        legislatureName = sheet.legislature().name();
        stateLabel = sheet.edition().state().label();
        for (Variable v : sheet.methodology().variables()) {
            Answer a = sheet.answers().get(v.id());
            if (a != null) {
                lines.add(new Line(v, a));
            }
        }
        objections.addAll(sheet.objections());
    }

    public void object(Line line) {
        String refusal = WorkPages.attempt(() -> evaluation.object(CurrentCaller.get(), edition, CurrentCaller.get().legislatureId(),
                line.variableId, line.argument, WorkPages.parseEvidence(line.objectionEvidence)));
        if (refusal != null) {
            line.message = refusal;
            WorkPages.error(line.variableId + ": " + refusal);
            return;
        }
        WorkPages.info("Objeción a " + line.variableId + " presentada.");
        load();
    }

    public String when(java.time.Instant at) {
        return WorkPages.when(at);
    }

    public List<Line> getLines() { return lines; }
    public List<Objection> getObjections() { return objections; }
    public String getEdition() { return edition; }
    public void setEdition(String edition) { this.edition = edition; }
    public String getLegislatureName() { return legislatureName; }
    public String getStateLabel() { return stateLabel; }
}
