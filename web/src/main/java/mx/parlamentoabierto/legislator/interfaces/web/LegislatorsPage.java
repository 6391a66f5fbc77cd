package mx.parlamentoabierto.legislator.interfaces.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import mx.parlamentoabierto.legislator.application.LegislatorDirectory;
import mx.parlamentoabierto.legislator.domain.LegislativeTerm;
import mx.parlamentoabierto.legislator.domain.Organization;
import mx.parlamentoabierto.legislature.application.LegislatureCatalog;
import mx.parlamentoabierto.legislature.domain.Legislature;
import mx.parlamentoabierto.platform.interfaces.web.PageAddress;

/**
 * {@code legisladores.xhtml?legislatura=&periodo=&grupo=&estado=&distrito=&q=&pagina=}: the legislator directory and
 * "find your representative" (state and district), which opens on the newest term with roll calls. Defaults to the
 * Cámara de Diputados, the first legislature with legislators loaded; the Senado and any other legislature are chosen in
 * the same form.
 */
@Named
@RequestScoped
public class LegislatorsPage {

    static final int PAGE_SIZE = 50;

    @Inject
    LegislatorDirectory directory;
    @Inject
    LegislatureCatalog legislatures;
    @Inject
    mx.parlamentoabierto.vote.application.VoteQueries votes;

    private String legislature;
    private String term;
    private String group;
    private String state;
    private String district;
    private String q;
    private String page;
    private LegislatorDirectory.Page result;
    private List<LegislativeTerm> terms;

    public void load() {
        if (legislature == null || legislature.isBlank() || legislatures.find(legislature).isEmpty()) {
            legislature = "diputados";
        }
        Integer districtNumber = null;
        if (district != null && district.strip().matches("\\d{1,3}")) {
            districtNumber = Integer.valueOf(district.strip());
        } else {
            district = null;
        }
        String termId = LegislativeTerm.idFrom(term);
        result = directory.search(new LegislatorDirectory.Query(legislature, termId, blank(group), blank(state), districtNumber, q,
                (getPageNumber() - 1) * PAGE_SIZE, PAGE_SIZE));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public List<Legislature> getLegislatures() {
        return legislatures.all();
    }

    public List<LegislativeTerm> getTerms() {
        if (terms == null) {
            terms = directory.terms(legislature);
        }
        return terms;
    }

    /**
     * The term "find your representative" opens on: the one asked for; else the newest term with roll calls, so that a
     * representative found leads to their votes; else the newest term.
     */
    public String getRepresentativeTerm() {
        String asked = LegislativeTerm.idFrom(term);
        if (asked != null) {
            return asked;
        }
        return getTerms().stream().filter(t -> votes.events(legislature, t.id(), null, null, "", 0, 1).total() > 0).findFirst()
                .or(() -> getTerms().stream().findFirst()).map(LegislativeTerm::id).orElse(null);
    }

    public List<Organization> getGroups() {
        return directory.organizations(legislature).stream().filter(Organization::isGroup).toList();
    }

    public List<LegislatorDirectory.State> getStates() {
        return directory.states(legislature);
    }

    public int getPageNumber() {
        return PageAddress.pageNumber(page);
    }

    public int getPageCount() {
        return Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public String pageUrl(int number) {
        return new PageAddress("legisladores.xhtml").with("legislatura", legislature).with("periodo", term).with("grupo", group)
                .with("estado", state).with("distrito", district).with("q", q).with("pagina", number == 1 ? null : number).toString();
    }

    public String profileUrl(String personId) {
        return new PageAddress("legislador.xhtml").with("id", personId).toString();
    }

    public LegislatorDirectory.Page getResult() { return result; }
    public String getLegislature() { return legislature; }
    public void setLegislature(String legislature) { this.legislature = legislature; }
    public String getTerm() { return term; }
    public void setTerm(String term) { this.term = term; }
    public String getGroup() { return group; }
    public void setGroup(String group) { this.group = group; }
    public String getState() { return state; }
    public void setState(String state) { this.state = state; }
    public String getDistrict() { return district; }
    public void setDistrict(String district) { this.district = district; }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public String getPage() { return page; }
    public void setPage(String page) { this.page = page; }
}
