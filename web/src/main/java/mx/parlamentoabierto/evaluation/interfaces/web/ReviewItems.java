package mx.parlamentoabierto.evaluation.interfaces.web;

import java.io.Serializable;
import java.util.List;

import mx.parlamentoabierto.evaluation.domain.Objection;
import mx.parlamentoabierto.methodology.domain.Variable;
import mx.parlamentoabierto.scoring.domain.Answer;
import mx.parlamentoabierto.scoring.domain.AnswerStatus;

/** What the review page shows of an answer and of an objection, with what the reviewer types beside them. */
final class ReviewItems {

    private ReviewItems() {
    }

    /** One answer under review. */
    public static final class Item implements Serializable {
        private static final long serialVersionUID = 1L;
        final String variableId;
        final int principle;
        final String text;
        final String valueLabel;
        final String justification;
        final List<WorkPages.Link> evidence;
        final String status;
        final AnswerStatus state;
        final List<String> history;
        String comment;
        String message;

        Item(Variable v, int principle, Answer a, List<String> history) {
            this.variableId = v.id();
            this.principle = principle;
            this.text = v.text();
            this.valueLabel = a.value() + " — " + v.scale().label(a.value());
            this.justification = a.justification();
            this.evidence = WorkPages.links(a.evidence());
            this.status = a.status().label();
            this.state = a.status();
            this.history = history;
        }

        public String getVariableId() { return variableId; }
        public int getPrinciple() { return principle; }
        public String getDomId() { return variableId.replace('.', '_'); }
        public String getText() { return text; }
        public String getValueLabel() { return valueLabel; }
        public String getJustification() { return justification; }
        public List<WorkPages.Link> getEvidence() { return evidence; }
        public String getStatus() { return status; }
        /** CSS class of the status: pending, accepted, returned, draft. */
        public String getStatusClass() { return state.jsonName(); }
        public boolean isPending() { return state == AnswerStatus.SUBMITTED; }
        public List<String> getHistory() { return history; }
        public String getComment() { return comment; }
        public void setComment(String comment) { this.comment = comment; }
        public String getMessage() { return message; }
    }

    /** One objection of the legislature's staff, with the reviewer's resolution being written. */
    public static final class ObjectionItem implements Serializable {
        private static final long serialVersionUID = 1L;
        final long id;
        final String variableId;
        final String filedBy;
        final String argument;
        final List<WorkPages.Link> evidence;
        final String outcome;
        final String resolution;
        final boolean open;
        final List<Integer> scale;
        final Variable variable;
        String decision = "upheld";
        String reason;
        Integer value;
        String justification;

        ObjectionItem(Objection o, Variable variable) {
            this.id = o.id();
            this.variableId = o.variableId();
            this.filedBy = o.filedBy();
            this.argument = o.argument();
            this.evidence = WorkPages.links(o.evidenceJson());
            this.outcome = o.outcome().label();
            this.resolution = o.resolution().orElse(null);
            this.open = o.open();
            this.variable = variable;
            this.scale = variable == null ? List.of()
                    : java.util.stream.IntStream.rangeClosed(variable.scale().min(), variable.scale().max()).boxed().toList();
        }

        public long getId() { return id; }
        public String getVariableId() { return variableId; }
        public String getFiledBy() { return filedBy; }
        public String getArgument() { return argument; }
        public List<WorkPages.Link> getEvidence() { return evidence; }
        public String getOutcome() { return outcome; }
        public String getResolution() { return resolution; }
        public boolean isOpen() { return open; }
        public List<Integer> getScale() { return scale; }
        public String scaleLabel(int v) { return variable == null ? String.valueOf(v) : v + " — " + variable.scale().label(v); }
        public String getDecision() { return decision; }
        public void setDecision(String decision) { this.decision = decision; }
        public String getReason() { return reason; }
        public void setReason(String reason) { this.reason = reason; }
        public Integer getValue() { return value; }
        public void setValue(Integer value) { this.value = value; }
        public String getJustification() { return justification; }
        public void setJustification(String justification) { this.justification = justification; }
    }
}
