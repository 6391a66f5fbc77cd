package mx.parlamentoabierto.compliance.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import mx.parlamentoabierto.compliance.domain.ComplianceStatus;
import mx.parlamentoabierto.compliance.domain.Holdings;
import mx.parlamentoabierto.compliance.domain.Obligation;
import mx.parlamentoabierto.compliance.domain.ObligationCatalog;
import mx.parlamentoabierto.compliance.domain.ObligationCheck;
import mx.parlamentoabierto.compliance.domain.PortalHoldings;
import mx.parlamentoabierto.compliance.domain.SuggestionRule;
import mx.parlamentoabierto.legislature.application.LegislatureCatalog;
import mx.parlamentoabierto.legislature.domain.Legislature;
import mx.parlamentoabierto.platform.PortalTime;
import mx.parlamentoabierto.platform.ResourceNotFoundException;

/**
 * Compliance dashboards: for a legislature (or all 34 at once) every obligation of the catalog with its status, the
 * evidence behind it and its date, computed from what the portal holds at the moment asked; and the suggestions the
 * same evidence gives evaluators for methodology variables. Nothing here is stored or set by hand.
 */
@ApplicationScoped
public class ComplianceService {

    private PortalHoldings holdings;
    private LegislatureCatalog legislatures;
    private Clock clock;
    private volatile Map<String, ObligationCatalog> catalogs = Map.of();
    private volatile Map<String, List<SuggestionRule>> suggestions = Map.of();

    protected ComplianceService() {
        // CDI proxy
    }

    @Inject
    public ComplianceService(PortalHoldings holdings, LegislatureCatalog legislatures) {
        this(holdings, legislatures, Clock.system(PortalTime.ZONE));
    }

    public ComplianceService(PortalHoldings holdings, LegislatureCatalog legislatures, Clock clock) {
        this.holdings = holdings;
        this.legislatures = legislatures;
        this.clock = clock;
    }

    /** The catalogs and suggestion rules read from the configuration at startup. */
    public void load(Map<String, ObligationCatalog> obligationCatalogs, Map<String, List<SuggestionRule>> suggestionRules) {
        this.catalogs = Map.copyOf(obligationCatalogs);
        this.suggestions = Map.copyOf(suggestionRules);
    }

    /** One obligation's status for a legislature. */
    public record Line(Obligation obligation, ComplianceStatus status, List<ObligationCheck.Evidence> evidence, LocalDate latest,
            LocalDate currentUntil) {
    }

    /** A legislature's dashboard against one catalog, as of a date. */
    /** {@code noData}: the portal holds nothing of the legislature, so its figure measures the portal, not the congress. */
    public record Dashboard(Legislature legislature, ObligationCatalog catalog, LocalDate asOf, List<Line> lines, boolean noData) {

        public Map<ComplianceStatus, Long> counts() {
            Map<ComplianceStatus, Long> counts = new EnumMap<>(ComplianceStatus.class);
            for (ComplianceStatus s : ComplianceStatus.values()) {
                counts.put(s, 0L);
            }
            lines.forEach(l -> counts.merge(l.status(), 1L, Long::sum));
            return counts;
        }

        /** Met over checkable, in percent (null when nothing is checkable or the portal holds nothing of it: "sin datos"). */
        public Double metShare() {
            if (noData) {
                return null;
            }
            Map<ComplianceStatus, Long> c = counts();
            long checkable = c.get(ComplianceStatus.MET) + c.get(ComplianceStatus.STALE) + c.get(ComplianceStatus.MISSING);
            return checkable == 0 ? null : 100.0 * c.get(ComplianceStatus.MET) / checkable;
        }

        /** What to publish next: missing obligations first, then stale ones, the longest overdue first. */
        public List<Line> checklist() {
            return lines.stream().filter(l -> l.status() == ComplianceStatus.MISSING || l.status() == ComplianceStatus.STALE)
                    .sorted(Comparator.comparing((Line l) -> l.status() == ComplianceStatus.STALE)
                            .thenComparing(l -> l.currentUntil() == null ? LocalDate.MIN : l.currentUntil()))
                    .toList();
        }
    }

    public List<ObligationCatalog> catalogs() {
        return List.copyOf(catalogs.values());
    }

    /** The catalog asked for, or the newest published one. */
    public ObligationCatalog catalog(Optional<String> id) {
        if (id.isPresent()) {
            ObligationCatalog c = catalogs.get(id.get());
            if (c == null) {
                throw new ResourceNotFoundException("catalog", "No hay catálogo de obligaciones '" + id.get() + "'");
            }
            return c;
        }
        return catalogs.values().stream().max(Comparator.comparing(ObligationCatalog::published))
                .orElseThrow(() -> new ResourceNotFoundException("catalog", "No hay catálogos de obligaciones en config/obligations"));
    }

    public Dashboard dashboard(String legislatureId, Optional<String> catalogId) {
        Legislature legislature = legislatures.find(legislatureId).orElseThrow(() -> new ResourceNotFoundException("id",
                "No existe la legislatura '" + legislatureId + "'"));
        return dashboard(legislature, catalog(catalogId), holdings.of(legislature.id()), today());
    }

    /** Every legislature's dashboard, from one read of what the portal holds. */
    public List<Dashboard> all(Optional<String> catalogId) {
        ObligationCatalog catalog = catalog(catalogId);
        Map<String, Holdings> held = holdings.all();
        LocalDate today = today();
        List<Dashboard> all = new ArrayList<>();
        for (Legislature legislature : legislatures.all()) {
            all.add(dashboard(legislature, catalog, held.getOrDefault(legislature.id(), Holdings.empty(legislature.id())), today));
        }
        return all;
    }

    static Dashboard dashboard(Legislature legislature, ObligationCatalog catalog, Holdings held, LocalDate today) {
        List<Line> lines = new ArrayList<>();
        for (Obligation o : catalog.obligations()) {
            ObligationCheck.Result r = ObligationCheck.check(o.evidence(), o.period(), held, today);
            lines.add(new Line(o, r.status(), r.evidence(), r.latest(), r.currentUntil()));
        }
        return new Dashboard(legislature, catalog, today, lines, held.nothing());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A suggestion for one variable: the value the evidence points to, why, and the evidence. */
    public record Suggestion(SuggestionRule rule, int value, boolean met, List<ObligationCheck.Evidence> evidence, LocalDate latest) {
    }

    /** Suggestions for a legislature's answers under a methodology version (none when no rules exist for it). */
    public Map<String, Suggestion> suggestions(String methodologyKey, String legislatureId) {
        List<SuggestionRule> rules = suggestions.getOrDefault(methodologyKey, List.of());
        if (rules.isEmpty()) {
            return Map.of();
        }
        Holdings held = holdings.of(legislatureId);
        LocalDate today = today();
        Map<String, Suggestion> out = new HashMap<>();
        for (SuggestionRule rule : rules) {
            ObligationCheck.Result r = ObligationCheck.check(rule.evidence(), rule.period(), held, today);
            boolean met = r.status() == ComplianceStatus.MET;
            out.put(rule.variableId(), new Suggestion(rule, met ? rule.metValue() : rule.unmetValue(), met, r.evidence(), r.latest()));
        }
        return out;
    }
}
