package mx.parlamentoabierto.vote.interfaces.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import mx.parlamentoabierto.legislator.application.LegislatorDirectory;
import mx.parlamentoabierto.legislator.domain.LegislativeTerm;
import mx.parlamentoabierto.legislature.application.LegislatureCatalog;
import mx.parlamentoabierto.legislature.domain.Legislature;
import mx.parlamentoabierto.platform.interfaces.web.PageAddress;
import mx.parlamentoabierto.vote.application.VoteQueries;
import mx.parlamentoabierto.vote.domain.VoteEvent;
import mx.parlamentoabierto.vote.domain.VoteRepository;

/** {@code votaciones.xhtml?legislatura=&periodo=&desde=&hasta=&q=&pagina=}: the roll calls of a legislature, newest first. */
@Named
@RequestScoped
public class VoteEventsPage {

    static final int PAGE_SIZE = 50;

    @Inject
    VoteQueries votes;
    @Inject
    LegislatorDirectory directory;
    @Inject
    LegislatureCatalog legislatures;

    private String legislature;
    private String term;
    private String from;
    private String to;
    private String q;
    private String page;
    private String error;
    private VoteRepository.Page<VoteEvent> result;

    public void load() {
        if (legislature == null || legislature.isBlank() || legislatures.find(legislature).isEmpty()) {
            legislature = "diputados";
        }
        LocalDate fromDate = date(from);
        LocalDate toDate = date(to);
        if (error != null) {
            jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(400);
            result = new VoteRepository.Page<>(List.of(), 0);
            return;
        }
        result = votes.events(legislature, LegislativeTerm.idFrom(term), fromDate,
                toDate, q, (getPageNumber() - 1) * PAGE_SIZE, PAGE_SIZE);
    }

    private LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            error = "Fecha inválida: '" + value + "' (se espera AAAA-MM-DD).";
            return null;
        }
    }

    public List<Legislature> getLegislatures() {
        return legislatures.all();
    }

    public List<LegislativeTerm> getTerms() {
        return directory.terms(legislature);
    }

    public int getPageNumber() {
        return PageAddress.pageNumber(page);
    }

    public long getPageCount() {
        return Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public String pageUrl(int number) {
        return new PageAddress("votaciones.xhtml").with("legislatura", legislature).with("periodo", term).with("desde", from)
                .with("hasta", to).with("q", q).with("pagina", number == 1 ? null : number).toString();
    }

    public String eventUrl(String id) {
        return new PageAddress("votacion.xhtml").with("id", id).toString();
    }

    public VoteRepository.Page<VoteEvent> getResult() { return result; }
    public String getError() { return error; }
    public String getLegislature() { return legislature; }
    public void setLegislature(String legislature) { this.legislature = legislature; }
    public String getTerm() { return term; }
    public void setTerm(String term) { this.term = term; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public String getPage() { return page; }
    public void setPage(String page) { this.page = page; }
}
