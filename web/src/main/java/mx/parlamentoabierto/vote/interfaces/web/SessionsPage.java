package mx.parlamentoabierto.vote.interfaces.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import mx.parlamentoabierto.legislature.application.LegislatureCatalog;
import mx.parlamentoabierto.legislature.domain.Legislature;
import mx.parlamentoabierto.platform.interfaces.web.PageAddress;
import mx.parlamentoabierto.vote.application.VoteQueries;
import mx.parlamentoabierto.platform.PortalTime;

/**
 * {@code sesiones.xhtml?legislatura=&desde=&hasta=}: the sessions of a legislature by date, each with its roll calls
 * and the archive's documents of that day. Without dates: the year before the latest session held.
 */
@Named
@RequestScoped
public class SessionsPage {

    static final int LIMIT = 100;

    @Inject
    VoteQueries votes;
    @Inject
    LegislatureCatalog legislatures;
    @Inject
    mx.parlamentoabierto.debate.application.DebateQueries debates;

    private String legislature;
    private String from;
    private String to;
    private String error;
    private List<VoteQueries.SittingDetail> sittings = List.of();
    private java.util.Set<String> debated = java.util.Set.of();

    public void load() {
        if (legislature == null || legislature.isBlank() || legislatures.find(legislature).isEmpty()) {
            legislature = "diputados";
        }
        LocalDate toDate = date(to, PortalTime.today());
        LocalDate fromDate = date(from, LocalDate.of(1900, 1, 1));
        if (error != null) {
            jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(400);
            return;
        }
        sittings = votes.sittings(legislature, fromDate, toDate, LIMIT);
        debated = debates.debates(legislature, fromDate, toDate, LIMIT * 2).stream().map(mx.parlamentoabierto.debate.domain.Debate::id)
                .collect(java.util.stream.Collectors.toSet());
    }

    private LocalDate date(String value, LocalDate fallback) {
        try {
            return value == null || value.isBlank() ? fallback : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            error = "Fecha inválida: '" + value + "' (se espera AAAA-MM-DD).";
            return fallback;
        }
    }

    public List<Legislature> getLegislatures() {
        return legislatures.all();
    }

    public String eventUrl(String id) {
        return new PageAddress("votacion.xhtml").with("id", id).toString();
    }

    /** The sitting's debate page, or null when no transcript of it was imported. */
    public String debateUrl(String sittingId) {
        return debated.contains(sittingId) ? mx.parlamentoabierto.debate.interfaces.web.SittingPage.address(sittingId, null) : null;
    }

    public String documentUrl(Long id) {
        return new PageAddress("documento.xhtml").with("id", id).toString();
    }

    public List<VoteQueries.SittingDetail> getSittings() { return sittings; }
    public String getError() { return error; }
    public String getLegislature() { return legislature; }
    public void setLegislature(String legislature) { this.legislature = legislature; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
}
