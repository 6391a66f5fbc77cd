package mx.parlamentoabierto.scoring.interfaces.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import mx.parlamentoabierto.evaluation.application.EditionLifecycle;
import mx.parlamentoabierto.evaluation.application.EditionSnapshots;
import mx.parlamentoabierto.identity.interfaces.web.CurrentCaller;
import mx.parlamentoabierto.methodology.domain.Aggregation;
import mx.parlamentoabierto.platform.ResourceNotFoundException;
import mx.parlamentoabierto.scoring.application.EditionRanking;
import mx.parlamentoabierto.scoring.application.RankingService;
import mx.parlamentoabierto.scoring.application.Scorecard;
import mx.parlamentoabierto.scoring.domain.Edition;

/**
 * {@code legislatura.xhtml?id=…&edicion=…&ver=todas|cumple|no-cumple&imprimir=1}: one legislature's scorecard — a
 * summary first (overall, rank, the national average; each principle against the average), its history, then each
 * principle collapsible with its variables filtered by whether they are met, and the evidence one click away.
 */
@Named
@RequestScoped
public class ScorecardPage {

    @Inject
    RankingService rankings;
    @Inject
    EditionSnapshots snapshots;

    @Inject
    EditionLifecycle lifecycle;
    @Inject
    mx.parlamentoabierto.published.application.PublishedResults published;
    @Inject
    mx.parlamentoabierto.legislature.application.LegislatureCatalog legislatures;

    /** The SHA-256 of the published snapshot these results come from (empty before publication). */
    public String getSnapshotSha256() {
        return scorecard == null ? null : snapshots.publishedSha256(scorecard.edition().id()).orElse(null);
    }

    private String id;
    private String edition;
    private String aggregation;
    private Scorecard scorecard;

    public void load() throws IOException {
        // without an edition asked for: the headline edition if it evaluated this legislature, else the newest that did;
        // an edition that is not public exists only for those who work on it
        boolean asked = edition != null && !edition.isBlank();
        Optional<Edition> chosen = (asked ? rankings.edition(edition) : id == null ? Optional.<Edition>empty() : rankings.latestEvaluating(id))
                .filter(e -> e.publiclyVisible() || id != null && lifecycle.resultsVisible(CurrentCaller.get(), e.id(), id));
        try {
            if (!asked && chosen.isEmpty() && id != null) {
                unevaluated = legislatures.find(id).orElseThrow(() -> new ResourceNotFoundException("sin legislatura"));
                return; // a legislature no edition evaluated yet: its page says so, with what was published about it before
            }
            if (chosen.isEmpty() || id == null) {
                throw new ResourceNotFoundException("sin edición o legislatura");
            }
            scorecard = rankings.scorecard(chosen.get().id(), id, Aggregation.fromName(aggregation));
            edition = chosen.get().id();
        } catch (ResourceNotFoundException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, e.getMessage());
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    /** One point of the legislature's history: a published edition, or a published figure of an earlier diagnosis. */
    public record Point(int year, String label, Double overall, java.util.Map<Integer, Double> principles, String source) {
    }

    private java.util.List<Point> history;

    /**
     * The legislature across the public editions (real ones; the demonstration edition only while it is the one shown)
     * and the published figures of the 2014/2017 diagnosis where they exist, oldest first.
     */
    public java.util.List<Point> getHistory() {
        if (history == null) {
            history = new java.util.ArrayList<>();
            for (var r : published.all()) {
                if (r.scope().equals(id) && r.overall().isPresent()) {
                    history.add(new Point(r.year(), r.publisher() + " " + r.year(), r.overall().get(), r.principles(), "publicado"));
                }
            }
            for (Edition e : rankings.editions()) {
                if (e.demo() && !e.id().equals(edition)) {
                    continue;
                }
                rankings.ranking(e.id(), Optional.empty()).rows().stream().filter(r -> r.score().legislatureId().equals(id)).findFirst().ifPresent(r -> {
                    java.util.Map<Integer, Double> ps = new java.util.TreeMap<>();
                    r.score().principles().forEach(p -> ps.put(p.principle(), p.percent()));
                    history.add(new Point(e.year(), e.title(), r.score().overall(), ps, e.demo() ? "demostración" : "portal"));
                });
            }
            history.sort(java.util.Comparator.comparingInt(Point::year));
        }
        return history;
    }

    /** The history's overall line as SVG points ("x,y …") in a 600 × 200 box; years on x, 0–100 % on y. */
    public String getHistoryPoints() {
        return String.join(" ", getHistoryMarks().stream().map(m -> m[0] + "," + m[1]).toList());
    }

    /** Each point of the history placed in the chart: x, y, year, and the overall score as text. */
    public java.util.List<String[]> getHistoryMarks() {
        java.util.List<Point> points = getHistory();
        java.util.List<String[]> marks = new java.util.ArrayList<>();
        if (points.isEmpty()) {
            return marks;
        }
        int first = points.get(0).year();
        int last = Math.max(first + 1, points.get(points.size() - 1).year());
        for (Point p : points) {
            double x = 40 + 540.0 * (p.year() - first) / (last - first);
            double y = 180 - 1.6 * p.overall();
            marks.add(new String[] {String.format(java.util.Locale.ROOT, "%.1f", x), String.format(java.util.Locale.ROOT, "%.1f", y),
                    String.valueOf(p.year()), String.format(java.util.Locale.ROOT, "%.1f %%", p.overall())});
        }
        return marks;
    }

    public Scorecard getScorecard() {
        return scorecard;
    }

    private String filter;
    private String print;
    private String open;

    public String getVer() { return filter; }
    public void setVer(String ver) { this.filter = ver; }
    public String getImprimir() { return print; }
    public void setImprimir(String imprimir) { this.print = imprimir; }
    public String getAbrir() { return open; }
    public void setAbrir(String abrir) { this.open = abrir; }

    /** Which variables are listed: {@code todas} (the default), {@code cumple} or {@code no-cumple}. */
    public String getFilter() {
        return "cumple".equals(filter) || "no-cumple".equals(filter) ? filter : "todas";
    }

    public boolean isPrintable() {
        return "1".equals(print);
    }

    public boolean shows(Scorecard.VariableLine line) {
        return switch (getFilter()) {
            case "cumple" -> line.met();
            case "no-cumple" -> !line.met();
            default -> true;
        };
    }

    /** The lines of a principle that the filter lets through. */
    public java.util.List<Scorecard.VariableLine> lines(Scorecard.PrincipleSection section) {
        return section.variables().stream().filter(this::shows).toList();
    }

    /** A principle's section starts open when printing, filtering, or asked for by name ({@code abrir=P3}). */
    public boolean opens(Scorecard.PrincipleSection section) {
        return isPrintable() || !"todas".equals(getFilter()) || section.principle().code().equalsIgnoreCase(open);
    }

    /** This page with the filter (or the print view) changed. */
    public String url(String ver, boolean printable, String principle) {
        return new mx.parlamentoabierto.platform.interfaces.web.PageAddress("legislatura.xhtml").with("id", id).with("edicion", edition)
                .with("agregacion", aggregation).with("ver", "todas".equals(ver) ? null : ver).with("imprimir", printable ? "1" : null)
                .with("abrir", principle).toString() + (principle == null ? "" : "#" + principle);
    }

    private EditionRanking nationalRanking;

    private EditionRanking national() {
        if (nationalRanking == null) {
            nationalRanking = rankings.ranking(scorecard.edition().id(), Optional.of(scorecard.aggregation()));
        }
        return nationalRanking;
    }

    private mx.parlamentoabierto.legislature.domain.Legislature unevaluated;

    /** The legislature when no public edition has evaluated it yet (the page shows its history only), else null. */
    public mx.parlamentoabierto.legislature.domain.Legislature getUnevaluated() {
        return unevaluated;
    }

    /** Legislatures the edition evaluates, and whether that is part of the registry only (its averages are over them). */
    public int getEvaluated() {
        return scorecard.edition().scopeSize(getRegistrySize());
    }

    public int getRegistrySize() {
        return legislatures.all().size();
    }

    public boolean isPartial() {
        return scorecard.edition().partial(getRegistrySize());
    }

    /** An answer in words once: "Cumple", "No cumple", "Cumple — Completo (3)", or "Sin respuesta". */
    public String answerText(Scorecard.VariableLine line) {
        if (line.answer().isEmpty()) {
            return mx.parlamentoabierto.platform.interfaces.web.Formats.message("scorecard.noAnswer",
                    mx.parlamentoabierto.platform.interfaces.web.Formats.pageLocale());
        }
        String verdict = mx.parlamentoabierto.platform.interfaces.web.Formats.message(line.met() ? "scorecard.met.word" : "scorecard.unmet.word",
                mx.parlamentoabierto.platform.interfaces.web.Formats.pageLocale());
        String label = line.valueLabel();
        return label == null || label.isBlank() || label.equalsIgnoreCase(verdict) || label.equalsIgnoreCase("Cumple") || label.equalsIgnoreCase("No cumple")
                ? verdict : verdict + " — " + label;
    }

    /** The mean overall score of the legislatures ranked in this edition (under the same aggregation). */
    public double getNationalAverage() {
        return national().rows().stream().mapToDouble(r -> r.score().overall()).average().orElse(0);
    }

    /** The mean score of principle {@code number} (1-based) over the ranked legislatures. */
    public double principleAverage(int number) {
        return national().rows().stream().mapToDouble(r -> r.score().principles().get(number - 1).percent()).average().orElse(0);
    }

    /** Points above (+) or below (−) a reference, as people read it. */
    public String difference(double value, double reference) {
        double d = value - reference;
        return String.format(java.util.Locale.ROOT, "%s%.1f", d >= 0 ? "+" : "−", Math.abs(d));
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getEdition() {
        return edition;
    }

    public void setEdition(String edition) {
        this.edition = edition;
    }

    public String getAggregation() {
        return aggregation;
    }

    public void setAggregation(String aggregation) {
        this.aggregation = aggregation;
    }
}
