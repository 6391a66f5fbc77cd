package mx.parlamentoabierto.compliance.interfaces.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import mx.parlamentoabierto.compliance.application.ComplianceService;
import mx.parlamentoabierto.compliance.domain.ComplianceStatus;
import mx.parlamentoabierto.compliance.domain.ObligationCheck;
import mx.parlamentoabierto.identity.domain.Caller;
import mx.parlamentoabierto.identity.domain.Role;
import mx.parlamentoabierto.identity.interfaces.web.CurrentCaller;
import mx.parlamentoabierto.platform.ResourceNotFoundException;
import mx.parlamentoabierto.platform.interfaces.web.PageAddress;

/**
 * {@code cumplimiento.xhtml?id=&estado=}: compliance with the transparency law. Without an id, every legislature with
 * its counts; with one, its obligations (filterable by status) with the evidence and dates behind each, and — for the
 * legislature's own staff and the administration — the checklist of what to publish next.
 */
@Named
@RequestScoped
public class CompliancePage {

    @Inject
    ComplianceService compliance;
    @Inject
    mx.parlamentoabierto.scoring.interfaces.web.ChoroplethMap map;

    private String id;
    private String status;
    private ComplianceService.Dashboard dashboard;
    private List<ComplianceService.Dashboard> all;

    public void load() {
        if (id == null || id.isBlank()) {
            all = compliance.all(Optional.empty()).stream()
                    .sorted(Comparator.comparing((ComplianceService.Dashboard d) -> d.metShare() == null ? -1 : d.metShare()).reversed()
                            .thenComparing(d -> d.legislature().name()))
                    .toList();
            return;
        }
        try {
            dashboard = compliance.dashboard(id.strip(), Optional.empty());
        } catch (ResourceNotFoundException e) {
            PageAddress.notFound("No existe la legislatura");
        }
    }

    /** True for the legislature's own staff and the administration: they see the checklist. */
    public boolean isOwnStaff() {
        Caller caller = CurrentCaller.get();
        return dashboard != null && (caller.staffOf(dashboard.legislature().id()) || caller.has(Role.ADMIN));
    }

    /** The obligations the status filter keeps. */
    public List<ComplianceService.Line> getLines() {
        Optional<ComplianceStatus> wanted = statusFilter();
        return dashboard.lines().stream().filter(l -> wanted.isEmpty() || l.status() == wanted.get()).toList();
    }

    private Optional<ComplianceStatus> statusFilter() {
        if (status == null) {
            return Optional.empty();
        }
        for (ComplianceStatus s : ComplianceStatus.values()) {
            if (s.code().equals(status)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The states coloured by the share of checkable obligations met, each linked to its dashboard. */
    public String getMapSvg() {
        java.util.Map<String, mx.parlamentoabierto.scoring.interfaces.web.ChoroplethMap.Value> values = new java.util.HashMap<>();
        for (ComplianceService.Dashboard d : all) {
            values.put(d.legislature().id(), new mx.parlamentoabierto.scoring.interfaces.web.ChoroplethMap.Value(d.metShare(), d.legislature().name(),
                    "cumplimiento.xhtml?id=" + d.legislature().id()));
        }
        return map.svg(values, "mapa-cumplimiento", mx.parlamentoabierto.platform.interfaces.web.Formats.message("compliance.noData",
                mx.parlamentoabierto.platform.interfaces.web.Formats.pageLocale()));
    }

    public List<String[]> getLegend() {
        return map.legend();
    }

    public String getMapAttribution() {
        return map.shapes().attribution();
    }

    public List<ComplianceStatus> getStatuses() {
        return List.of(ComplianceStatus.values());
    }

    public String statusUrl(ComplianceStatus s) {
        return new PageAddress("cumplimiento.xhtml").with("id", dashboard.legislature().id()).with("estado", s == null ? null : s.code()) + "#obligaciones";
    }

    public String describe(ObligationCheck.Evidence e) {
        return EvidenceWords.describe(e.rule());
    }

    public String summary(ObligationCheck.Evidence e) {
        return EvidenceWords.summary(e);
    }

    public String link(ObligationCheck.Evidence e) {
        return EvidenceWords.link(e.rule(), dashboard.legislature().id());
    }

    /** The reason an obligation cannot be checked here. */
    public String reason(ComplianceService.Line line) {
        return line.obligation().evidence().stream().filter(r -> !r.checkable()).map(EvidenceWords::describe).findFirst().orElse("");
    }

    public String share(Double value) {
        return value == null ? "—" : String.format(Locale.ROOT, "%.0f %%", value);
    }

    public String width(Double value) {
        return value == null ? "0" : String.format(Locale.ROOT, "%.1f", value);
    }

    public ComplianceService.Dashboard getDashboard() { return dashboard; }
    public List<ComplianceService.Dashboard> getAll() { return all; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
}
