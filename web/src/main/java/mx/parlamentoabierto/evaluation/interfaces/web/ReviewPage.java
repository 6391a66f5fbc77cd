package mx.parlamentoabierto.evaluation.interfaces.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import mx.parlamentoabierto.evaluation.application.EvaluationService;
import mx.parlamentoabierto.evaluation.domain.Objection;
import mx.parlamentoabierto.methodology.domain.Variable;
import mx.parlamentoabierto.platform.interfaces.web.CurrentCaller;
import mx.parlamentoabierto.scoring.domain.Answer;
import mx.parlamentoabierto.scoring.domain.AnswerStatus;

/**
 * The review queue of one legislature ({@code /trabajo/revision.xhtml?edicion=…&legislatura=…}): submitted answers
 * first, each accepted or returned with a comment, the history of every answer, and the legislature's objections with
 * their resolution during the reply.
 */
@Named
@ViewScoped
public class ReviewPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient EvaluationService evaluation;

    private String edition;
    private String legislature;
    private String legislatureName;
    private String stateLabel;
    private final List<Item> items = new ArrayList<>();
    private final List<ObjectionItem> objections = new ArrayList<>();

    public static final class Item implements Serializable {
        private static final long serialVersionUID = 1L;
        final String variableId;
        final String text;
        final String valueLabel;
        final String justification;
        final String evidence;
        final String status;
        final boolean pending;
        final List<String> history;
        String comment;
        String message;

        Item(Variable v, Answer a, List<String> history) {
            this.variableId = v.id();
            this.text = v.text();
            this.valueLabel = a.value() + " — " + v.scale().label(a.value());
            this.justification = a.justification();
            this.evidence = WorkPages.evidenceText(a.evidence());
            this.status = a.status().label();
            this.pending = a.status() == AnswerStatus.SUBMITTED;
            this.history = history;
        }

        public String getVariableId() { return variableId; }
        public String getDomId() { return variableId.replace('.', '_'); }
        public String getText() { return text; }
        public String getValueLabel() { return valueLabel; }
        public String getJustification() { return justification; }
        public String getEvidence() { return evidence; }
        public String getStatus() { return status; }
        public boolean isPending() { return pending; }
        public List<String> getHistory() { return history; }
        public String getComment() { return comment; }
        public void setComment(String comment) { this.comment = comment; }
        public String getMessage() { return message; }
    }

    public static final class ObjectionItem implements Serializable {
        private static final long serialVersionUID = 1L;
        final long id;
        final String variableId;
        final String filedBy;
        final String argument;
        final String outcome;
        final String resolution;
        final boolean open;
        String decision = "upheld";
        String reason;
        Integer value;
        String justification;

        ObjectionItem(Objection o) {
            this.id = o.id();
            this.variableId = o.variableId();
            this.filedBy = o.filedBy();
            this.argument = o.argument();
            this.outcome = o.outcome().jsonName();
            this.resolution = o.resolution().orElse(null);
            this.open = o.open();
        }

        public long getId() { return id; }
        public String getVariableId() { return variableId; }
        public String getFiledBy() { return filedBy; }
        public String getArgument() { return argument; }
        public String getOutcome() { return outcome; }
        public String getResolution() { return resolution; }
        public boolean isOpen() { return open; }
        public String getDecision() { return decision; }
        public void setDecision(String decision) { this.decision = decision; }
        public String getReason() { return reason; }
        public void setReason(String reason) { this.reason = reason; }
        public Integer getValue() { return value; }
        public void setValue(Integer value) { this.value = value; }
        public String getJustification() { return justification; }
        public void setJustification(String justification) { this.justification = justification; }
    }

    public void load() {
        items.clear();
        objections.clear();
        EvaluationService.AnswerSheet sheet = evaluation.sheet(CurrentCaller.get(), edition, legislature);
        legislatureName = sheet.legislature().name();
        stateLabel = sheet.edition().state().label();
        List<Item> rest = new ArrayList<>();
        for (Variable v : sheet.methodology().variables()) {
            Answer a = sheet.answers().get(v.id());
            if (a == null) {
                continue;
            }
            List<String> history = evaluation.history(CurrentCaller.get(), edition, legislature, v.id()).stream()
                    .map(h -> "#" + h.revision() + " · " + WorkPages.when(h.at()) + " · " + h.author() + " · valor " + h.value() + " (" + h.cause() + ")")
                    .toList();
            Item item = new Item(v, a, history);
            (item.pending ? items : rest).add(item);
        }
        items.addAll(rest);
        sheet.objections().forEach(o -> objections.add(new ObjectionItem(o)));
    }

    public void accept(Item item) {
        decide(item, "accept");
    }

    public void giveBack(Item item) {
        decide(item, "return");
    }

    private void decide(Item item, String decision) {
        String refusal = WorkPages.attempt(() -> evaluation.review(CurrentCaller.get(), edition, legislature, item.variableId, decision, item.comment));
        if (refusal != null) {
            item.message = refusal;
            WorkPages.error(item.variableId + ": " + refusal);
            return;
        }
        WorkPages.info(item.variableId + ": " + ("accept".equals(decision) ? "aceptada" : "devuelta al evaluador"));
        load();
    }

    public void resolve(ObjectionItem o) {
        String refusal = WorkPages.attempt(() -> evaluation.resolve(CurrentCaller.get(), edition, o.id, o.decision, o.reason,
                new EvaluationService.AnswerInput(o.value, o.justification, null, null)));
        if (refusal != null) {
            WorkPages.error("Objeción " + o.id + ": " + refusal);
            return;
        }
        WorkPages.info("Objeción " + o.id + " resuelta.");
        load();
    }

    public long getPendingCount() {
        return items.stream().filter(Item::isPending).count();
    }

    public List<Item> getItems() { return items; }
    public List<ObjectionItem> getObjections() { return objections; }
    public String getEdition() { return edition; }
    public void setEdition(String edition) { this.edition = edition; }
    public String getLegislature() { return legislature; }
    public void setLegislature(String legislature) { this.legislature = legislature; }
    public String getLegislatureName() { return legislatureName; }
    public String getStateLabel() { return stateLabel; }
}
