package mx.parlamentoabierto.methodology.interfaces.web;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import mx.parlamentoabierto.methodology.application.MethodologyCatalog;
import mx.parlamentoabierto.methodology.domain.Methodology;
import mx.parlamentoabierto.platform.SearchUnavailableException;
import mx.parlamentoabierto.search.application.SearchAdmission;
import mx.parlamentoabierto.search.domain.VariableHit;

/** {@code metodologia.xhtml?id=…&version=…&q=…}: principles, variables with basis, and a Spanish search. */
@Named
@RequestScoped
public class MethodologyPage {

    @Inject
    MethodologyCatalog catalog;
    @Inject
    SearchAdmission search;
    @Inject
    @ConfigProperty(name = "parlamento.methodology.default", defaultValue = "parlamento-abierto-mx")
    String defaultMethodology;

    private String id;
    private String version;
    private String q;
    private Methodology methodology;
    private List<VariableHit> hits;
    private boolean searchUnavailable;

    public void load() {
        String chosen = id == null || id.isBlank() ? defaultMethodology : id;
        Optional<Methodology> m = version == null || version.isBlank() ? catalog.latest(chosen) : catalog.find(chosen, version);
        methodology = m.orElse(null);
        if (methodology != null && q != null && !q.isBlank() && q.length() <= 200) {
            try {
                hits = search.variables(mx.parlamentoabierto.identity.interfaces.web.CurrentCaller.get(), q, Optional.of(methodology.key()), 20);
            } catch (SearchUnavailableException | mx.parlamentoabierto.platform.RetryLaterException e) {
                searchUnavailable = true;
            }
        }
    }

    public Methodology getMethodology() {
        return methodology;
    }

    public List<Methodology> getAll() {
        return catalog.all();
    }

    public List<VariableHit> getHits() {
        return hits;
    }

    public boolean isSearchUnavailable() {
        return searchUnavailable;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }
}
