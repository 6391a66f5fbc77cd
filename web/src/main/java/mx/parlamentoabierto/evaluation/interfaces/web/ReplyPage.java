package mx.parlamentoabierto.evaluation.interfaces.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import mx.parlamentoabierto.evaluation.application.AnswerSheet;
import mx.parlamentoabierto.evaluation.application.AnswerSheets;
import mx.parlamentoabierto.evaluation.application.ReviewsAndObjections;
import mx.parlamentoabierto.evaluation.domain.Objection;
import mx.parlamentoabierto.identity.domain.Caller;
import mx.parlamentoabierto.identity.interfaces.web.CurrentCaller;
import mx.parlamentoabierto.methodology.domain.Variable;
import mx.parlamentoabierto.platform.AccessDeniedException;
import mx.parlamentoabierto.scoring.domain.Answer;
import mx.parlamentoabierto.search.application.SearchAdmission;

/**
 * The legislature's right of reply ({@code /trabajo/replica.xhtml?edicion=…}): staff see their own legislature's
 * accepted answers (and no other legislature's), filtered to those that do not comply or already objected, with the
 * window's closing date, and object to any of them with an argument and evidence picked from their archive.
 */
@Named
@ViewScoped
public class ReplyPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The filters of the list: everything, what scores the scale's minimum, what has an objection. */
    public enum Filter { ALL, NOT_MET, OBJECTED }

    @Inject
    transient AnswerSheets sheets;

    @Inject
    transient ReviewsAndObjections reviews;

    @Inject
    transient SearchAdmission archive;

    private String edition;
    private String legislatureId;
    private String legislatureName;
    private String stateLabel;
    private String replyCloses;
    private boolean replyOpen;
    private Filter filter = Filter.NOT_MET;
    private final List<Line> lines = new ArrayList<>();
    private final List<ObjectionLine> objections = new ArrayList<>();

    /** An objection as staff read it: the outcome in words and the evidence as links. */
    public record ObjectionLine(long id, String variableId, String filedAt, String outcome, boolean open, String argument,
            String resolution, List<WorkPages.Link> evidence) implements Serializable {
    }

    public static final class Line implements Serializable {
        private static final long serialVersionUID = 1L;
        final String variableId;
        final String text;
        final String valueLabel;
        final boolean notMet;
        final String justification;
        final List<WorkPages.Link> evidence;
        boolean objected;
        boolean objectionOpen;
        String argument;
        String objectionEvidence;
        String pick;
        String message;

        Line(Variable v, Answer a) {
            this.variableId = v.id();
            this.text = v.text();
            this.valueLabel = v.scale().label(a.value());
            this.notMet = a.value() == v.scale().min();
            this.justification = a.justification();
            this.evidence = WorkPages.links(a.evidence());
        }

        public String getVariableId() { return variableId; }
        public String getDomId() { return variableId.replace('.', '_'); }
        public String getText() { return text; }
        public String getValueLabel() { return valueLabel; }
        public boolean isNotMet() { return notMet; }
        public boolean isObjected() { return objected; }
        public boolean isObjectionOpen() { return objectionOpen; }
        public String getJustification() { return justification; }
        public List<WorkPages.Link> getEvidence() { return evidence; }
        public String getArgument() { return argument; }
        public void setArgument(String argument) { this.argument = argument; }
        public String getObjectionEvidence() { return objectionEvidence; }
        public void setObjectionEvidence(String objectionEvidence) { this.objectionEvidence = objectionEvidence; }
        public String getPick() { return pick; }
        public void setPick(String pick) { this.pick = pick; }
        public String getMessage() { return message; }
    }

    public void load() {
        Caller caller = CurrentCaller.get();
        if (caller.legislatureId() == null) {
            throw new AccessDeniedException("La réplica es para el personal de una legislatura.");
        }
        lines.clear();
        objections.clear();
        legislatureId = caller.legislatureId();
        AnswerSheet sheet = sheets.sheet(caller, edition, legislatureId);
        legislatureName = sheet.legislature().name();
        stateLabel = sheet.edition().state().label();
        replyCloses = sheet.edition().replyCloses().map(WorkPages::day).orElse(null);
        replyOpen = sheet.edition().state() == mx.parlamentoabierto.scoring.domain.EditionState.REPLY;
        Map<String, Long> objected = sheet.objections().stream().collect(Collectors.groupingBy(Objection::variableId, Collectors.counting()));
        for (Variable v : sheet.methodology().variables()) {
            Answer a = sheet.answers().get(v.id());
            if (a != null) {
                Line line = new Line(v, a);
                line.objected = objected.containsKey(v.id());
                line.objectionOpen = sheet.objections().stream().anyMatch(o -> o.open() && o.variableId().equals(v.id()));
                lines.add(line);
            }
        }
        for (Objection o : sheet.objections()) {
            objections.add(new ObjectionLine(o.id(), o.variableId(), WorkPages.when(o.filedAt()), o.outcome().label(), o.open(),
                    o.argument(), o.resolution().orElse(null), WorkPages.links(o.evidenceJson())));
        }
    }

    public void object(Line line) {
        String refusal = WorkPages.attempt(() -> reviews.object(CurrentCaller.get(), edition, legislatureId,
                line.variableId, line.argument, WorkPages.parseEvidence(line.objectionEvidence)));
        if (refusal != null) {
            line.message = refusal;
            WorkPages.error(line.variableId + ": " + refusal);
            return;
        }
        WorkPages.info("Objeción a " + line.variableId + " presentada.");
        load();
    }

    /** Documents of the legislature's own archive for the evidence of an objection. */
    public List<String> searchArchive(String text) {
        return WorkPages.archiveSuggestions(archive, legislatureId, text);
    }

    public void addPicked(Line line) {
        if (line.pick != null && line.pick.matches("doc:\\d+( .*)?")) {
            line.objectionEvidence = (line.objectionEvidence == null || line.objectionEvidence.isBlank() ? ""
                    : line.objectionEvidence.stripTrailing() + "\n") + line.pick;
        }
        line.pick = null;
    }

    /** The lines the chosen filter shows. */
    public List<Line> getShown() {
        return switch (filter) {
            case ALL -> lines;
            case NOT_MET -> lines.stream().filter(Line::isNotMet).toList();
            case OBJECTED -> lines.stream().filter(Line::isObjected).toList();
        };
    }

    public long count(String which) {
        ReplyPage probe = new ReplyPage();
        probe.setVer(which);
        return switch (probe.filter) {
            case ALL -> lines.size();
            case NOT_MET -> lines.stream().filter(Line::isNotMet).count();
            case OBJECTED -> lines.stream().filter(Line::isObjected).count();
        };
    }

    public List<Line> getLines() { return lines; }
    public List<ObjectionLine> getObjections() { return objections; }
    public String getEdition() { return edition; }
    public void setEdition(String edition) { this.edition = edition; }
    public String getLegislatureName() { return legislatureName; }
    public String getStateLabel() { return stateLabel; }
    public String getReplyCloses() { return replyCloses; }
    public boolean isReplyOpen() { return replyOpen; }
    /** The {@code ver} parameter: {@code no-cumple} (the default), {@code objetadas} or {@code todas}. */
    public String getVer() {
        return switch (filter) {
            case ALL -> "todas";
            case NOT_MET -> "no-cumple";
            case OBJECTED -> "objetadas";
        };
    }

    public void setVer(String value) {
        this.filter = value == null ? Filter.NOT_MET : switch (value) {
            case "todas" -> Filter.ALL;
            case "objetadas" -> Filter.OBJECTED;
            default -> Filter.NOT_MET;
        };
    }
}
