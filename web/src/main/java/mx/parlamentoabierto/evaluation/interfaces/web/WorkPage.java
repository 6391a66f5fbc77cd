package mx.parlamentoabierto.evaluation.interfaces.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import mx.parlamentoabierto.evaluation.application.EvaluationService;
import mx.parlamentoabierto.platform.interfaces.web.CurrentCaller;

/** "My work" ({@code /trabajo/index.xhtml}): the editions the account coordinates, answers, reviews or replies to, with progress. */
@Named
@RequestScoped
public class WorkPage {

    @Inject
    EvaluationService evaluation;

    private List<EvaluationService.WorkItem> items;

    public List<EvaluationService.WorkItem> getItems() {
        if (items == null) {
            items = evaluation.work(CurrentCaller.get());
        }
        return items;
    }

    public boolean has(EvaluationService.WorkItem item, String role) {
        return item.roles().contains(role);
    }

    public String roleLabel(String role) {
        return switch (role) {
            case "coordinator" -> "coordinación";
            case "evaluator" -> "evaluación";
            case "reviewer" -> "revisión";
            case "staff" -> "réplica de su legislatura";
            default -> role;
        };
    }

    public int percent(EvaluationService.Progress p) {
        return p.total() == 0 ? 0 : Math.round(100f * p.answered() / p.total());
    }
}
