package mx.parlamentoabierto.evaluation.interfaces.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import mx.parlamentoabierto.evaluation.application.EvaluationAssignments;
import mx.parlamentoabierto.evaluation.application.Progress;
import mx.parlamentoabierto.evaluation.application.WorkItem;
import mx.parlamentoabierto.identity.domain.Role;
import mx.parlamentoabierto.identity.interfaces.web.CurrentCaller;
import mx.parlamentoabierto.ingest.application.IngestJobs;
import mx.parlamentoabierto.ingest.domain.IngestJobProgress;

/**
 * "My work" ({@code /trabajo/index.xhtml}): the editions the account coordinates, answers, reviews or replies to, with
 * progress, returned answers and open objections linked where they are dealt with; for administrators, the uploads.
 */
@Named
@RequestScoped
public class WorkPage {

    static final int RECENT_JOBS = 5;
    static final int VARIABLES_NAMED = 4;

    @Inject
    EvaluationAssignments assignments;

    @Inject
    IngestJobs jobs;

    private List<WorkItem> items;
    private List<IngestJobProgress> recentJobs;

    public List<WorkItem> getItems() {
        if (items == null) {
            items = assignments.work(CurrentCaller.get());
        }
        return items;
    }

    /** An administrator's latest uploads and imports, with their progress (nothing for other accounts). */
    public List<IngestJobProgress> getRecentJobs() {
        if (recentJobs == null) {
            recentJobs = CurrentCaller.get().has(Role.ADMIN) ? jobs.recent(RECENT_JOBS) : List.of();
        }
        return recentJobs;
    }

    /** "V12, V34, V40, V51 …": the first few variables of a list, for a table cell. */
    public String firstFew(List<String> variables) {
        String named = String.join(", ", variables.subList(0, Math.min(VARIABLES_NAMED, variables.size())));
        return variables.size() > VARIABLES_NAMED ? named + " …" : named;
    }

    public boolean has(WorkItem item, String role) {
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

    public int percent(Progress p) {
        return p.total() == 0 ? 0 : Math.round(100f * p.answered() / p.total());
    }
}
