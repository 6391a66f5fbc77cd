package mx.parlamentoabierto.evaluation.interfaces.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import mx.parlamentoabierto.evaluation.application.AnswerInput;
import mx.parlamentoabierto.evaluation.application.AnswerSheet;
import mx.parlamentoabierto.evaluation.application.AnswerSheets;
import mx.parlamentoabierto.evaluation.application.ReviewsAndObjections;
import mx.parlamentoabierto.evaluation.interfaces.web.ReviewItems.Item;
import mx.parlamentoabierto.evaluation.interfaces.web.ReviewItems.ObjectionItem;
import mx.parlamentoabierto.identity.interfaces.web.CurrentCaller;
import mx.parlamentoabierto.methodology.domain.Principle;
import mx.parlamentoabierto.methodology.domain.Variable;
import mx.parlamentoabierto.scoring.domain.Answer;
import mx.parlamentoabierto.scoring.domain.AnswerStatus;

/**
 * The review of one legislature ({@code /trabajo/revision.xhtml?edicion=…&legislatura=…&ver=…&principio=…}): its open
 * objections first, then its answers filtered (waiting by default; returned, accepted or all; one principle or every
 * one), each accepted or returned in place without reloading the page, and the rest accepted at once after a
 * confirmation. Buttons appear only while the reviewer may act: during review, or during evaluation once the
 * legislature was handed in.
 */
@Named
@ViewScoped
public class ReviewPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AnswerSheets sheets;

    @Inject
    transient ReviewsAndObjections reviews;

    private String edition;
    private String legislature;
    private String show;
    private Integer principleFilter;
    private String legislatureName;
    private String stateLabel;
    private boolean reviewOpen;
    private boolean confirmRest;
    private final List<Item> items = new ArrayList<>();
    private final List<ObjectionItem> objections = new ArrayList<>();
    private final List<Principle> principles = new ArrayList<>();

    public void load() {
        items.clear();
        objections.clear();
        principles.clear();
        AnswerSheet sheet = sheets.sheet(CurrentCaller.get(), edition, legislature);
        legislatureName = sheet.legislature().name();
        stateLabel = sheet.edition().state().label();
        reviewOpen = sheet.reviewOpen();
        principles.addAll(sheet.methodology().principles());
        for (Principle p : sheet.methodology().principles()) {
            for (Variable v : p.variables()) {
                Answer a = sheet.answers().get(v.id());
                if (a == null) {
                    continue;
                }
                List<String> history = sheets.history(CurrentCaller.get(), edition, legislature, v.id()).stream()
                        .map(h -> "#" + h.revision() + " · " + WorkPages.when(h.at()) + " · " + h.author() + " · valor " + h.value() + " (" + h.cause() + ")")
                        .toList();
                items.add(new Item(v, p.number(), a, history));
            }
        }
        sheet.objections().stream().sorted((a, b) -> Boolean.compare(b.open(), a.open()))
                .forEach(o -> objections.add(new ObjectionItem(o, sheet.methodology().variable(o.variableId()).orElse(null))));
    }

    /** The answers the filters keep: waiting for review (the default), returned, accepted or all; one principle or every one. */
    public List<Item> getShown() {
        String which = getShow();
        return items.stream().filter(i -> principleFilter == null || i.principle == principleFilter).filter(i -> switch (which) {
            case "devueltas" -> i.state == AnswerStatus.RETURNED;
            case "aceptadas" -> i.state == AnswerStatus.ACCEPTED;
            case "todas" -> true;
            default -> i.isPending();
        }).toList();
    }

    public void accept(Item item) {
        decide(item, "accept");
    }

    public void giveBack(Item item) {
        decide(item, "return");
    }

    private void decide(Item item, String decision) {
        String refusal = WorkPages.attempt(() -> reviews.review(CurrentCaller.get(), edition, legislature, item.variableId, decision, item.comment));
        if (refusal != null) {
            item.message = refusal;
            WorkPages.error(item.variableId + ": " + refusal);
            return;
        }
        WorkPages.info(item.variableId + ": " + ("accept".equals(decision) ? "aceptada" : "devuelta al evaluador"));
        load();
    }

    /** Accepts every answer still waiting that the reviewer did not write, once the reviewer confirmed it. */
    public void acceptRest() {
        if (!confirmRest) {
            WorkPages.error("Marque la casilla para confirmar que revisó las respuestas que va a aceptar.");
            return;
        }
        int[] accepted = {0};
        String refusal = WorkPages.attempt(() -> accepted[0] = reviews.acceptRest(CurrentCaller.get(), edition, legislature));
        if (refusal != null) {
            WorkPages.error(refusal);
            return;
        }
        confirmRest = false;
        WorkPages.info(accepted[0] + " respuestas aceptadas.");
        load();
    }

    public void resolve(ObjectionItem o) {
        String refusal = WorkPages.attempt(() -> reviews.resolve(CurrentCaller.get(), edition, o.id, o.decision, o.reason,
                new AnswerInput(o.value, o.justification, null, null)));
        if (refusal != null) {
            WorkPages.error("Objeción a " + o.variableId + ": " + refusal);
            return;
        }
        WorkPages.info("Objeción a " + o.variableId + " resuelta.");
        load();
    }

    public long getPendingCount() {
        return items.stream().filter(Item::isPending).count();
    }

    public long getOpenObjections() {
        return objections.stream().filter(ObjectionItem::isOpen).count();
    }

    /** This page with another filter. */
    public String url(String newShow, Integer newPrinciple) {
        return new mx.parlamentoabierto.platform.interfaces.web.PageAddress("revision.xhtml").with("edicion", edition).with("legislatura", legislature)
                .with("ver", newShow == null || "pendientes".equals(newShow) ? null : newShow)
                .with("principio", newPrinciple == null ? null : String.valueOf(newPrinciple)).toString();
    }

    public boolean isReviewOpen() { return reviewOpen; }
    public List<Principle> getPrinciples() { return principles; }
    public List<ObjectionItem> getObjections() { return objections; }
    public String getShow() { return show == null || show.isBlank() ? "pendientes" : show; }
    public void setShow(String show) { this.show = show; }
    public Integer getPrincipio() { return principleFilter; }
    public void setPrincipio(Integer principio) { this.principleFilter = principio; }
    public boolean isConfirmRest() { return confirmRest; }
    public void setConfirmRest(boolean confirmRest) { this.confirmRest = confirmRest; }
    public String getEdition() { return edition; }
    public void setEdition(String edition) { this.edition = edition; }
    public String getLegislature() { return legislature; }
    public void setLegislature(String legislature) { this.legislature = legislature; }
    public String getLegislatureName() { return legislatureName; }
    public String getStateLabel() { return stateLabel; }
}
