package mx.parlamentoabierto.scoring.interfaces.web;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import mx.parlamentoabierto.evaluation.application.EditionLifecycle;
import mx.parlamentoabierto.evaluation.application.EditionSnapshots;
import mx.parlamentoabierto.identity.interfaces.web.CurrentCaller;
import mx.parlamentoabierto.methodology.domain.Aggregation;
import mx.parlamentoabierto.scoring.application.EditionRanking;
import mx.parlamentoabierto.scoring.application.RankingService;
import mx.parlamentoabierto.scoring.domain.Edition;

/**
 * {@code clasificacion.xhtml?edicion=…&agregacion=…&orden=…&dir=…&mapa=…}: the ranking table (sortable by any column
 * through links, so it needs no script), the map and the rank ranges; everything in the URL.
 */
@Named
@RequestScoped
public class RankingPage {

    @Inject
    RankingService rankings;
    @Inject
    EditionSnapshots snapshots;

    @Inject
    EditionLifecycle lifecycle;
    @Inject
    mx.parlamentoabierto.scoring.application.RankRobustnessService robustness;
    @Inject
    mx.parlamentoabierto.scoring.interfaces.web.ChoroplethMap map;

    /** The SHA-256 of the published snapshot these results come from (empty before publication). */
    public String getSnapshotSha256() {
        return ranking == null ? null : snapshots.publishedSha256(ranking.edition().id()).orElse(null);
    }

    private String edition;
    private String aggregation;
    private String mapped;
    private EditionRanking ranking;
    private mx.parlamentoabierto.scoring.domain.RankRobustness.Result robust;

    /** Loads the ranking; an unknown edition or aggregation answers 404 / falls back to the default. */
    public void load() throws java.io.IOException {
        // an edition that is not public exists only for those who work on it
        Optional<Edition> chosen = rankings.editionOrLatest(edition)
                .filter(e -> e.publiclyVisible() || lifecycle.resultsVisible(CurrentCaller.get(), e.id()));
        if (chosen.isEmpty()) {
            if (edition != null && !edition.isBlank()) {
                FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "No existe la edición");
                FacesContext.getCurrentInstance().responseComplete();
            }
            return;
        }
        ranking = rankings.ranking(chosen.get().id(), Aggregation.fromName(aggregation));
        edition = chosen.get().id();
        aggregation = ranking.aggregation().jsonName();
    }

    /** What the map colours: the overall score, or principle {@code mapa=N}. */
    public int getMappedPrinciple() {
        try {
            int n = mapped == null ? 0 : Integer.parseInt(mapped.replaceFirst("^[Pp]", ""));
            return n >= 1 && n <= ranking.methodology().principles().size() ? n : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private Double mappedValue(mx.parlamentoabierto.scoring.domain.RankedScore row) {
        int n = getMappedPrinciple();
        return n == 0 ? row.score().overall() : row.score().principles().get(n - 1).percent();
    }

    /** The map of the states, coloured by what {@code mapa} chose, each linked to its scorecard. */
    public String getMapSvg() {
        java.util.Map<String, mx.parlamentoabierto.scoring.interfaces.web.ChoroplethMap.Value> values = new java.util.HashMap<>();
        for (var row : ranking.rows()) {
            String id = row.score().legislatureId();
            values.put(id, new mx.parlamentoabierto.scoring.interfaces.web.ChoroplethMap.Value(mappedValue(row), legislatureName(id),
                    new mx.parlamentoabierto.platform.interfaces.web.PageAddress("legislatura.xhtml").with("id", id).with("edicion", edition)
                            .with("agregacion", aggregation).toString()));
        }
        return map.svg(values, "mapa-titulo", "sin dato");
    }

    /** The legislatures ranked but not drawn (the federal chambers), with the mapped value. */
    public List<Object[]> getBesideTheMap() {
        java.util.Set<String> drawn = new java.util.HashSet<>(map.drawn());
        return ranking.rows().stream().filter(r -> !drawn.contains(r.score().legislatureId()))
                .map(r -> new Object[] {r.score().legislatureId(), legislatureName(r.score().legislatureId()), mappedValue(r),
                        mx.parlamentoabierto.scoring.interfaces.web.ChoroplethMap.colour(mappedValue(r))}).toList();
    }

    public List<String[]> getLegend() {
        return map.legend();
    }

    public String getMapAttribution() {
        return map.shapes().attribution();
    }

    public String mapUrl(int principle) {
        return new mx.parlamentoabierto.platform.interfaces.web.PageAddress("clasificacion.xhtml").with("edicion", edition)
                .with("agregacion", aggregation).with("orden", order).with("dir", direction).with("mapa", principle == 0 ? null : "P" + principle)
                + "#mapa";
    }

    /** The ranks' robustness under random principle weights (published editions only: the same numbers as the open data). */
    public mx.parlamentoabierto.scoring.domain.RankRobustness.Result getRobustness() {
        if (robust == null && ranking != null && ranking.edition().publiclyVisible()) {
            robust = robustness.of(ranking.edition().id());
        }
        return robust;
    }

    public mx.parlamentoabierto.scoring.domain.RankRobustness.Range range(String legislatureId) {
        var r = getRobustness();
        return r == null ? null : r.ranges().stream().filter(x -> x.legislatureId().equals(legislatureId)).findFirst().orElse(null);
    }

    /** Left offset and width, in percent of the ranks, of a legislature's range bar. */
    public String rangeStyle(String legislatureId) {
        var range = range(legislatureId);
        int n = ranking.rows().size();
        if (range == null || n <= 1) {
            return "display:none";
        }
        double left = 100.0 * (range.min() - 1) / (n - 1);
        double width = Math.max(1.5, 100.0 * (range.max() - range.min()) / (n - 1));
        return String.format(java.util.Locale.ROOT, "left: %.1f%%; width: %.1f%%", left, width);
    }

    public String markerStyle(int rank) {
        int n = ranking.rows().size();
        return String.format(java.util.Locale.ROOT, "left: %.1f%%", n <= 1 ? 0.0 : 100.0 * (rank - 1) / (n - 1));
    }

    public String share(double percent) {
        return String.format(java.util.Locale.ROOT, "%.0f", percent);
    }

    private String order;
    private String direction;

    public String getOrden() { return order; }
    public void setOrden(String orden) { this.order = orden; }
    public String getDir() { return direction; }
    public void setDir(String dir) { this.direction = dir; }

    /** The column the table is sorted by: {@code lugar} (the default), {@code nombre}, {@code general}, or a principle code. */
    public String getSortColumn() {
        if (order == null || ranking == null) {
            return "lugar";
        }
        String o = order.strip().toLowerCase(java.util.Locale.ROOT);
        if (o.equals("nombre") || o.equals("general") || o.equals("lugar")) {
            return o;
        }
        return principleIndex(o) >= 0 ? "p" + (principleIndex(o) + 1) : "lugar";
    }

    private int principleIndex(String column) {
        if (!column.matches("p\\d{1,2}")) {
            return -1;
        }
        int n = Integer.parseInt(column.substring(1));
        return n >= 1 && n <= ranking.methodology().principles().size() ? n - 1 : -1;
    }

    /** The natural direction of a column: names A–Z, ranks from first, scores from highest. */
    private static boolean ascendingByDefault(String column) {
        return column.equals("lugar") || column.equals("nombre");
    }

    public boolean isAscending() {
        String column = getSortColumn();
        if (direction == null || !(direction.equals("asc") || direction.equals("desc"))) {
            return ascendingByDefault(column);
        }
        return direction.equals("asc");
    }

    /** The rows in the order asked for; ties keep the rank order. */
    public List<mx.parlamentoabierto.scoring.domain.RankedScore> getRows() {
        String column = getSortColumn();
        java.util.Comparator<mx.parlamentoabierto.scoring.domain.RankedScore> by = switch (column) {
            case "nombre" -> java.util.Comparator.comparing(r -> collator().getCollationKey(legislatureName(r.score().legislatureId())));
            case "general" -> java.util.Comparator.comparingDouble(r -> r.score().overall());
            case "lugar" -> java.util.Comparator.comparingInt(r -> r.rank());
            default -> {
                int i = principleIndex(column);
                yield java.util.Comparator.comparingDouble(r -> r.score().principles().get(i).percent());
            }
        };
        if (!isAscending()) {
            by = by.reversed();
        }
        return ranking.rows().stream().sorted(by.thenComparingInt(r -> r.rank())).toList();
    }

    private static java.text.Collator collator() {
        java.text.Collator c = java.text.Collator.getInstance(java.util.Locale.forLanguageTag("es"));
        c.setStrength(java.text.Collator.PRIMARY);
        return c;
    }

    /** The link of a column's header: sorts by it, or turns the order around when it is the one already used. */
    public String sortUrl(String column) {
        boolean current = column.equals(getSortColumn());
        boolean ascending = current ? !isAscending() : ascendingByDefault(column);
        return new mx.parlamentoabierto.platform.interfaces.web.PageAddress("clasificacion.xhtml").with("edicion", edition)
                .with("agregacion", aggregation).with("mapa", mapped).with("orden", column.equals("lugar") ? null : column)
                .with("dir", ascending == ascendingByDefault(column) ? null : ascending ? "asc" : "desc") + "#tabla";
    }

    /** {@code aria-sort} of a column's header: only the sorted column says its direction. */
    public String ariaSort(String column) {
        return column.equals(getSortColumn()) ? (isAscending() ? "ascending" : "descending") : null;
    }

    public String getMapa() { return mapped; }
    public void setMapa(String mapa) { this.mapped = mapa; }

    public List<Edition> getEditions() {
        return rankings.editions();
    }

    public List<Aggregation> getAggregations() {
        return List.of(Aggregation.values());
    }

    public EditionRanking getRanking() {
        return ranking;
    }

    private Integer registrySize;

    /** Legislatures in the registry, and how many the edition evaluates: a partial edition says so, averages say over what. */
    public int getRegistrySize() {
        if (registrySize == null) {
            registrySize = rankings.registrySize();
        }
        return registrySize;
    }

    public int getEvaluated() {
        return ranking.edition().scopeSize(getRegistrySize());
    }

    public boolean isPartial() {
        return ranking.edition().partial(getRegistrySize());
    }

    /** The mean overall score of the legislatures ranked. */
    public double getAverage() {
        return ranking.rows().stream().mapToDouble(r -> r.score().overall()).average().orElse(0);
    }

    public String legislatureName(String id) {
        return ranking.legislatures().get(id).name();
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
