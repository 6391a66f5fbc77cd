package mx.parlamentoabierto.evaluation.interfaces.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import mx.parlamentoabierto.evaluation.application.EditionLifecycle;
import mx.parlamentoabierto.evaluation.application.EditionSnapshots;
import mx.parlamentoabierto.evaluation.application.EvaluationAssignments;
import mx.parlamentoabierto.evaluation.application.NewEdition;
import mx.parlamentoabierto.evaluation.application.Progress;
import mx.parlamentoabierto.evaluation.domain.EditionSnapshot;
import mx.parlamentoabierto.identity.domain.Role;
import mx.parlamentoabierto.identity.interfaces.web.CurrentCaller;
import mx.parlamentoabierto.legislature.application.LegislatureCatalog;
import mx.parlamentoabierto.legislature.domain.Legislature;
import mx.parlamentoabierto.methodology.application.MethodologyCatalog;
import mx.parlamentoabierto.methodology.domain.Methodology;
import mx.parlamentoabierto.platform.AccessDeniedException;
import mx.parlamentoabierto.platform.PortalTime;
import mx.parlamentoabierto.platform.interfaces.rest.IsoDate;
import mx.parlamentoabierto.scoring.domain.Edition;

/**
 * The coordinator's edition page ({@code /trabajo/edicion.xhtml?id=…}): scope, windows, assignments with progress,
 * the next transition, published revisions; without an id, the form that creates an edition.
 */
@Named
@ViewScoped
public class EditionPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient EditionLifecycle lifecycle;

    @Inject
    transient EvaluationAssignments assignments;

    @Inject
    transient EditionSnapshots publication;
    @Inject
    transient LegislatureCatalog legislatures;
    @Inject
    transient MethodologyCatalog methodologies;
    @Inject
    transient mx.parlamentoabierto.identity.application.Accounts accounts;

    private String id;
    private transient Edition edition;
    private transient List<Progress> progress;
    private transient List<EditionSnapshot> snapshots;
    // assignment form
    private String assignLegislature;
    private String evaluator;
    private String reviewer;
    // creation form
    private String newId;
    private String newTitle;
    private Integer newYear = PortalTime.today().getYear();
    private String newMethodology;
    private List<String> newLegislatures = new ArrayList<>();
    private String evaluationOpens;
    private String evaluationCloses;
    private String replyOpens;
    private String replyCloses;
    private String names = "named";
    // moving on, and the headline
    private boolean confirmAdvance;
    private String override;
    private String headlineNote;

    public void load() {
        if (!CurrentCaller.get().has(Role.COORDINATOR)) {
            throw new AccessDeniedException("Esta página es de la coordinación.");
        }
        if (id == null || id.isBlank()) {
            return;
        }
        edition = lifecycle.edition(CurrentCaller.get(), id);
        progress = assignments.progress(CurrentCaller.get(), id);
        snapshots = publication.snapshots(CurrentCaller.get(), id);
    }

    private void reload() {
        edition = null;
        load();
    }

    public void assign() {
        String refusal = WorkPages.attempt(() -> assignments.assign(CurrentCaller.get(), id, assignLegislature, evaluator, reviewer));
        if (refusal != null) {
            WorkPages.error(refusal);
        } else {
            WorkPages.info("Asignada: " + legislatureName(assignLegislature) + ".");
        }
        reload();
    }

    /** Moves the edition on, once the coordinator confirmed what it means (and, publishing early, said why). */
    public void advance() {
        if (!confirmAdvance) {
            WorkPages.error("Marque la casilla para confirmar el paso a «" + getNextStateLabel() + "».");
            return;
        }
        String next = getEdition().state().next().map(s -> s.jsonName()).orElse(null);
        String refusal = WorkPages.attempt(() -> lifecycle.transition(CurrentCaller.get(), id, next, override));
        if (refusal != null) {
            WorkPages.error(refusal);
        } else {
            WorkPages.info("La edición pasó a «" + getNextStateLabel() + "».");
            confirmAdvance = false;
            override = null;
        }
        reload();
    }

    /** Makes this published edition the one the portal shows by default. */
    public void makeHeadline() {
        String refusal = WorkPages.attempt(() -> lifecycle.makeHeadline(CurrentCaller.get(), id, headlineNote));
        if (refusal != null) {
            WorkPages.error(refusal);
        } else {
            WorkPages.info("Ahora es la edición principal del portal: la muestran el inicio y la clasificación.");
        }
        reload();
    }

    /** The next state in words, and what moving there means. */
    public String getNextStateLabel() {
        return getEdition() == null ? null : getEdition().state().next().map(mx.parlamentoabierto.scoring.domain.EditionState::label).orElse(null);
    }

    public String getNextStateExplanation() {
        return getNextState() == null ? null : mx.parlamentoabierto.platform.interfaces.web.Formats.message("edition.next." + getNextState(),
                mx.parlamentoabierto.platform.interfaces.web.Formats.pageLocale());
    }

    /** Publishing now would close the legislatures' reply window before its end: an override with a reason is needed. */
    public boolean isEarlyPublication() {
        return "published".equals(getNextState()) && getEdition().replyCloses().filter(c -> !PortalTime.today().isAfter(c)).isPresent();
    }

    /** The accounts that can evaluate or review, for the assignment's menus. */
    public List<String> getEvaluators() {
        return accounts.withRole(CurrentCaller.get(), Role.EVALUATOR).stream().map(a -> a.name()).toList();
    }

    public List<String> getReviewers() {
        return accounts.withRole(CurrentCaller.get(), Role.REVIEWER).stream().map(a -> a.name()).toList();
    }

    public boolean isConfirmAdvance() { return confirmAdvance; }
    public void setConfirmAdvance(boolean confirmAdvance) { this.confirmAdvance = confirmAdvance; }
    public String getOverride() { return override; }
    public void setOverride(String override) { this.override = override; }
    public String getHeadlineNote() { return headlineNote; }
    public void setHeadlineNote(String headlineNote) { this.headlineNote = headlineNote; }

    public String create() {
        String[] created = new String[1];
        String refusal = WorkPages.attempt(() -> created[0] = lifecycle.createEdition(CurrentCaller.get(), new NewEdition(
                newId, newTitle, newYear, newMethodology, newLegislatures, date("evaluationWindow.opens", evaluationOpens),
                date("evaluationWindow.closes", evaluationCloses), date("replyWindow.opens", replyOpens),
                date("replyWindow.closes", replyCloses), names)).id());
        if (refusal != null) {
            WorkPages.error(refusal);
            return null;
        }
        return "/trabajo/edicion.xhtml?faces-redirect=true&id=" + created[0];
    }

    /** A date field of the form; an empty one is absent (the service names the missing window). */
    private static LocalDate date(String field, String value) {
        return IsoDate.parse(field, value == null || value.isBlank() ? null : value.strip());
    }

    public Edition getEdition() {
        if (edition == null && id != null && !id.isBlank()) {
            load();
        }
        return edition;
    }

    public List<Progress> getProgress() {
        if (progress == null && id != null) {
            load();
        }
        return progress;
    }

    public List<EditionSnapshot> getSnapshots() {
        if (snapshots == null && id != null) {
            load();
        }
        return snapshots;
    }

    public String getNextState() {
        return getEdition() == null ? null : getEdition().state().next().map(s -> s.jsonName()).orElse(null);
    }

    public List<Legislature> getAllLegislatures() {
        return legislatures.all();
    }

    public List<Methodology> getMethodologies() {
        return methodologies.all();
    }

    public String legislatureName(String legislatureId) {
        return legislatures.all().stream().filter(l -> l.id().equals(legislatureId)).map(Legislature::name).findFirst().orElse(legislatureId);
    }

    public String when(java.time.Instant at) {
        return WorkPages.when(at);
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getAssignLegislature() { return assignLegislature; }
    public void setAssignLegislature(String v) { this.assignLegislature = v; }
    public String getEvaluator() { return evaluator; }
    public void setEvaluator(String v) { this.evaluator = v; }
    public String getReviewer() { return reviewer; }
    public void setReviewer(String v) { this.reviewer = v; }
    public String getNewId() { return newId; }
    public void setNewId(String v) { this.newId = v; }
    public String getNewTitle() { return newTitle; }
    public void setNewTitle(String v) { this.newTitle = v; }
    public Integer getNewYear() { return newYear; }
    public void setNewYear(Integer v) { this.newYear = v; }
    public String getNewMethodology() { return newMethodology; }
    public void setNewMethodology(String v) { this.newMethodology = v; }
    public List<String> getNewLegislatures() { return newLegislatures; }
    public void setNewLegislatures(List<String> v) { this.newLegislatures = v; }
    public String getEvaluationOpens() { return evaluationOpens; }
    public void setEvaluationOpens(String v) { this.evaluationOpens = v; }
    public String getEvaluationCloses() { return evaluationCloses; }
    public void setEvaluationCloses(String v) { this.evaluationCloses = v; }
    public String getReplyOpens() { return replyOpens; }
    public void setReplyOpens(String v) { this.replyOpens = v; }
    public String getReplyCloses() { return replyCloses; }
    public void setReplyCloses(String v) { this.replyCloses = v; }
    public String getNames() { return names; }
    public void setNames(String v) { this.names = v; }
}
