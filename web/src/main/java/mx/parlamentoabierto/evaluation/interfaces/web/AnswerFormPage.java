package mx.parlamentoabierto.evaluation.interfaces.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import mx.parlamentoabierto.compliance.application.ComplianceService;
import mx.parlamentoabierto.compliance.interfaces.web.EvidenceWords;
import mx.parlamentoabierto.evaluation.application.EvaluationService;
import mx.parlamentoabierto.evaluation.domain.AnswerReview;
import mx.parlamentoabierto.methodology.domain.Principle;
import mx.parlamentoabierto.methodology.domain.Variable;
import mx.parlamentoabierto.platform.interfaces.web.CurrentCaller;
import mx.parlamentoabierto.scoring.domain.Answer;
import mx.parlamentoabierto.scoring.domain.EditionState;
import mx.parlamentoabierto.search.application.SearchAdmission;
import mx.parlamentoabierto.search.domain.DocumentQuery;

/**
 * The answer form of one legislature ({@code /trabajo/respuestas.xhtml?edicion=…&legislatura=…}): every variable by
 * principle with its text, evidence guidance and basis; value, justification and evidence saved as soon as a field
 * changes (autosave, each with the version it was loaded at, so a concurrent change is reported instead of lost).
 * One principle at a time ({@code &principio=N}, 1 by default), with every principle's progress in the tabs above.
 */
@Named
@ViewScoped
public class AnswerFormPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient EvaluationService evaluation;
    @Inject
    transient SearchAdmission archive;
    @Inject
    transient ComplianceService compliance;

    private String edition;
    private String legislature;
    private int principle = 1;
    private String legislatureName;
    private String editionTitle;
    private EditionState state;
    private final List<Block> blocks = new ArrayList<>();

    /** One principle's variables. */
    public record Block(Principle principle, List<Row> rows) implements Serializable {
    }

    /** One variable's answer as edited on the page. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        final Variable variable;
        Integer value;
        String justification;
        String evidence;
        Long version;
        String status;
        String message;
        String pick;
        String suggestion;
        String suggestionLink;
        List<String> reviews = new ArrayList<>();

        Row(Variable variable) {
            this.variable = variable;
        }

        public Variable getVariable() { return variable; }
        public Integer getValue() { return value; }
        public void setValue(Integer value) { this.value = value; }
        public String getJustification() { return justification; }
        public void setJustification(String justification) { this.justification = justification; }
        public String getEvidence() { return evidence; }
        public void setEvidence(String evidence) { this.evidence = evidence; }
        public String getStatus() { return status; }
        public String getMessage() { return message; }
        public String getPick() { return pick; }
        public void setPick(String pick) { this.pick = pick; }
        public List<String> getReviews() { return reviews; }
        /** What the portal's own data suggest for this variable (compliance rules), or null; never saved as the answer. */
        public String getSuggestion() { return suggestion; }
        public String getSuggestionLink() { return suggestionLink; }
        public String getDomId() { return variable.id().replace('.', '_'); }
        public List<Integer> getOptions() {
            List<Integer> options = new ArrayList<>();
            for (int v = variable.scale().min(); v <= variable.scale().max(); v++) {
                options.add(v);
            }
            return options;
        }
        public String label(int v) {
            return v + " — " + variable.scale().label(v);
        }
    }

    public void load() {
        if (!blocks.isEmpty()) {
            return;
        }
        EvaluationService.AnswerSheet sheet = evaluation.sheet(CurrentCaller.get(), edition, legislature);
        legislatureName = sheet.legislature().name();
        editionTitle = sheet.edition().title();
        state = sheet.edition().state();
        Map<String, ComplianceService.Suggestion> suggestions = compliance.suggestions(sheet.methodology().key(), legislature);
        for (Principle p : sheet.methodology().principles()) {
            List<Row> rows = new ArrayList<>();
            for (Variable v : p.variables()) {
                Row row = new Row(v);
                ComplianceService.Suggestion suggested = suggestions.get(v.id());
                if (suggested != null) {
                    row.suggestion = suggestion(v, suggested);
                    row.suggestionLink = suggested.evidence().stream().map(e -> EvidenceWords.link(e.rule(), legislature))
                            .filter(java.util.Objects::nonNull).findFirst().orElse(null);
                }
                Answer a = sheet.answers().get(v.id());
                if (a != null) {
                    row.value = a.value();
                    row.justification = a.justification();
                    row.evidence = WorkPages.evidenceText(a.evidence());
                    row.version = a.version();
                    row.status = a.status().label();
                }
                for (AnswerReview r : sheet.reviews().getOrDefault(v.id(), List.of())) {
                    row.reviews.add(WorkPages.when(r.recordedAt()) + " · " + r.author() + " · "
                            + (r.decision() == AnswerReview.Decision.ACCEPT ? "aceptada" : "devuelta") + (r.comment() == null ? "" : ": " + r.comment()));
                }
                rows.add(row);
            }
            blocks.add(new Block(p, rows));
        }
    }

    /** "Cumple (1): the portal holds… Evidencia: …" — the value the evidence points to, why, and what was counted. */
    static String suggestion(Variable v, ComplianceService.Suggestion s) {
        StringBuilder text = new StringBuilder(v.scale().label(s.value())).append(" (").append(s.value()).append("). ");
        text.append(s.met() ? s.rule().explanation() : "No se encontró evidencia vigente en el portal para esto: " + s.rule().explanation());
        text.append(" Evidencia: ");
        text.append(String.join("; ", s.evidence().stream().map(e -> EvidenceWords.describe(e.rule()) + ": " + EvidenceWords.summary(e)).toList()));
        return text.append('.').toString();
    }

    /** Autosave of one row: only once it has a value and a justification. */
    public void save(Row row) {
        if (row.value == null || row.justification == null || row.justification.isBlank()) {
            row.message = "Sin guardar: faltan el valor o la justificación.";
            return;
        }
        String refusal = WorkPages.attempt(() -> {
            Answer saved = evaluation.saveAnswer(CurrentCaller.get(), edition, legislature, row.variable.id(),
                    new EvaluationService.AnswerInput(row.value, row.justification, WorkPages.parseEvidence(row.evidence), row.version));
            row.version = saved.version();
            row.status = saved.status().label();
            row.message = "Guardada " + WorkPages.when(saved.updatedAt());
        });
        if (refusal != null) {
            row.message = refusal;
        }
    }

    /** Adds the archive document picked in the search box to the row's evidence, then saves. */
    public void addPicked(Row row) {
        if (row.pick != null && row.pick.startsWith("doc:")) {
            row.evidence = (row.evidence == null || row.evidence.isBlank() ? "" : row.evidence.stripTrailing() + "\n") + row.pick;
        }
        row.pick = null;
        save(row);
    }

    /** Archive documents whose text matches, as "doc:ID title" suggestions. */
    public List<String> searchArchive(String text) {
        if (text == null || text.strip().length() < 3) {
            return List.of();
        }
        try {
            return archive.documents(CurrentCaller.get(), new DocumentQuery(text.replace("*", ""), Set.of(), Set.of(), Optional.empty(), Optional.empty(), false, 1, 8))
                    .hits().stream().map(h -> "doc:" + h.documentId() + " " + h.title()).toList();
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    public void submit() {
        String refusal = WorkPages.attempt(() -> {
            int moved = evaluation.submit(CurrentCaller.get(), edition, legislature);
            WorkPages.info(moved + " respuestas entregadas para revisión.");
        });
        if (refusal != null) {
            WorkPages.error(refusal);
        }
        blocks.clear();
        load();
    }

    public boolean isEditable() {
        return state == EditionState.EVALUATION || state == EditionState.REVIEW;
    }

    public int getAnswered() {
        return (int) blocks.stream().flatMap(b -> b.rows().stream()).filter(r -> r.version != null).count();
    }

    public int getTotal() {
        return blocks.stream().mapToInt(b -> b.rows().size()).sum();
    }

    /** The principle shown. */
    public List<Block> getBlocks() {
        return blocks.stream().filter(b -> b.principle().number() == principle).toList();
    }

    /** Every principle, for the tabs: number, code, name, answered/total. */
    public List<Block> getAllBlocks() {
        return blocks;
    }

    public long answeredIn(Block block) {
        return block.rows().stream().filter(r -> r.version != null).count();
    }

    public int getPrinciple() { return principle; }
    public void setPrinciple(int principle) { this.principle = Math.max(1, principle); }
    public String getEdition() { return edition; }
    public void setEdition(String edition) { this.edition = edition; }
    public String getLegislature() { return legislature; }
    public void setLegislature(String legislature) { this.legislature = legislature; }
    public String getLegislatureName() { return legislatureName; }
    public String getEditionTitle() { return editionTitle; }
    public String getStateLabel() { return state == null ? "" : state.label(); }
}
