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
import mx.parlamentoabierto.evaluation.application.AnswerInput;
import mx.parlamentoabierto.evaluation.application.AnswerSheet;
import mx.parlamentoabierto.evaluation.application.AnswerSheets;
import mx.parlamentoabierto.evaluation.domain.AnswerReview;
import mx.parlamentoabierto.identity.interfaces.web.CurrentCaller;
import mx.parlamentoabierto.methodology.domain.Principle;
import mx.parlamentoabierto.methodology.domain.Variable;
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
    transient AnswerSheets sheets;
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
        boolean returned;
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
        /** A reviewer returned it: it is corrected first, and shown so. */
        public boolean isReturned() { return returned; }
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
        AnswerSheet sheet = sheets.sheet(CurrentCaller.get(), edition, legislature);
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
                    row.evidence = WorkPages.evidenceText(a.evidence()) + (a.evidenceDraft() == null ? "" : a.evidenceDraft() + "\n");
                    row.version = a.version();
                    row.status = a.status().label();
                    row.returned = a.status() == mx.parlamentoabierto.scoring.domain.AnswerStatus.RETURNED;
                    if (a.evidenceDraft() != null) {
                        row.message = "Evidencia en borrador (sin validar): " + String.join("; ", WorkPages.readEvidence(a.evidenceDraft()).problems()) + ".";
                    }
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

    /**
     * What the portal's own archive says about a variable, never as a verdict on the congress: when it holds evidence,
     * the value that evidence points to and what was counted; when it holds none, what was looked for and that an
     * empty archive is not a congress that publishes nothing — the evaluator checks the congress's own site.
     */
    static String suggestion(Variable v, ComplianceService.Suggestion s) {
        String searched = String.join("; ", s.evidence().stream().map(e -> EvidenceWords.describe(e.rule()) + ": " + EvidenceWords.summary(e)).toList());
        if (s.met()) {
            return "El archivo del portal tiene evidencia que apunta a «" + v.scale().label(s.value()) + "» (" + s.value() + "): "
                    + s.rule().explanation() + " Se contó: " + searched + ".";
        }
        return "El archivo del portal no tiene evidencia vigente de esto (se buscó: " + searched + "). " + s.rule().explanation()
                + " Que el portal no la tenga no quiere decir que el congreso no la publique: revise su sitio antes de responder.";
    }

    /**
     * Autosave of one row, once it has a value and a justification (until then what is typed stays in this page and in
     * the browser: respuestas.js keeps it across a reload). Evidence that is not valid yet is saved as a draft beside the
     * answer and said so; an address without its scheme gets https://.
     */
    public void save(Row row) {
        if (row.value == null || row.justification == null || row.justification.isBlank()) {
            row.message = "Sin guardar todavía: faltan el valor o la justificación (lo escrito se conserva en este navegador).";
            return;
        }
        WorkPages.TypedEvidence typed = WorkPages.readEvidence(row.evidence);
        String refusal = WorkPages.attempt(() -> {
            Answer saved = sheets.saveAnswer(CurrentCaller.get(), edition, legislature, row.variable.id(),
                    new AnswerInput(row.value, row.justification, typed.valid(), row.version, typed.draft()));
            row.version = saved.version();
            row.status = saved.status().label();
            row.returned = false;
            row.evidence = WorkPages.evidenceText(saved.evidence()) + (saved.evidenceDraft() == null ? "" : saved.evidenceDraft() + "\n");
            row.message = "Guardada " + WorkPages.when(saved.updatedAt())
                    + (typed.problems().isEmpty() ? "" : ". Evidencia en borrador (sin validar): " + String.join("; ", typed.problems()) + ".");
        });
        if (refusal != null) {
            row.message = refusal;
        }
    }

    /** Adds the archive document picked in the search box to the row's evidence, then saves. */
    public void addPicked(Row row) {
        if (row.pick != null && row.pick.matches("doc:\\d+( .*)?")) {
            row.evidence = (row.evidence == null || row.evidence.isBlank() ? "" : row.evidence.stripTrailing() + "\n") + row.pick;
        }
        row.pick = null;
        save(row);
    }

    /**
     * Documents of the archive of the legislature being evaluated whose text matches, as "doc:ID title" suggestions: the
     * title as plain text (no highlight markup, no character references), cut at a word.
     */
    public List<String> searchArchive(String text) {
        return WorkPages.archiveSuggestions(archive, legislature, text);
    }

    /** The principle after this one, or null on the last. */
    public Integer getNextPrinciple() {
        return principle < blocks.size() ? principle + 1 : null;
    }

    /** The first principle (from this one on, wrapping) with a variable not answered yet, and that variable; or null. */
    public String getNextUnanswered() {
        for (int step = 0; step < blocks.size(); step++) {
            Block b = blocks.get((principle - 1 + step) % blocks.size());
            for (Row r : b.rows()) {
                if (r.version == null) {
                    return "respuestas.xhtml?edicion=" + edition + "&legislatura=" + legislature + "&principio=" + b.principle().number() + "#v-" + r.getDomId();
                }
            }
        }
        return null;
    }

    /** The variables not answered yet, each with its principle, for the hand-in's list (links to each). */
    public List<Row> getUnanswered() {
        return blocks.stream().flatMap(b -> b.rows().stream()).filter(r -> r.version == null).toList();
    }

    /** The answers a reviewer returned, to correct first. */
    public List<Row> getReturned() {
        return blocks.stream().flatMap(b -> b.rows().stream()).filter(r -> r.returned).toList();
    }

    public int principleOf(Row row) {
        return blocks.stream().filter(b -> b.rows().contains(row)).findFirst().map(b -> b.principle().number()).orElse(1);
    }

    private boolean confirmSubmit;

    public boolean isConfirmSubmit() { return confirmSubmit; }
    public void setConfirmSubmit(boolean confirmSubmit) { this.confirmSubmit = confirmSubmit; }

    public void submit() {
        if (!confirmSubmit) {
            WorkPages.error("Marque la casilla para confirmar la entrega: después solo se corrigen las respuestas que el revisor devuelva.");
            return;
        }
        String refusal = WorkPages.attempt(() -> {
            int moved = sheets.submit(CurrentCaller.get(), edition, legislature);
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
