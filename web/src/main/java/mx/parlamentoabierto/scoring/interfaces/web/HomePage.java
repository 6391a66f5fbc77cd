package mx.parlamentoabierto.scoring.interfaces.web;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import mx.parlamentoabierto.legislature.application.LegislatureCatalog;
import mx.parlamentoabierto.methodology.domain.Methodology;
import mx.parlamentoabierto.scoring.application.RankingService;
import mx.parlamentoabierto.scoring.domain.Edition;

/** The home page: what this is, a search over the whole archive, a way in for each kind of visitor, and the editions. */
@Named
@RequestScoped
public class HomePage {

    @Inject
    RankingService rankings;
    @Inject
    LegislatureCatalog legislatures;

    private Optional<Edition> latest;

    /** The headline edition (chosen by a coordinator; until then the newest that evaluates every legislature). */
    public Edition getLatest() {
        if (latest == null) {
            latest = rankings.headlineEdition();
        }
        return latest.orElse(null);
    }

    public Methodology getMethodology() {
        return getLatest() == null ? null : rankings.methodologyOf(getLatest());
    }

    /** Every public edition, newest first (the latest one is shown apart). */
    public java.util.List<Edition> getEditions() {
        return rankings.editions();
    }

    /** Legislatures the headline edition evaluates. */
    public int getLegislatureCount() {
        return getLatest() == null ? 0 : getLatest().scopeSize(getRegistrySize());
    }

    /** Legislatures in the registry. */
    public int getRegistrySize() {
        return legislatures.all().size();
    }

    /** True when the headline edition evaluates part of the registry only. */
    public boolean isPartial() {
        return getLatest() != null && getLatest().partial(getRegistrySize());
    }

    /** "parcial: 2 de 34" for an edition of the list that evaluates part of the registry, else empty. */
    public String scopeOf(mx.parlamentoabierto.scoring.domain.Edition edition) {
        int registry = getRegistrySize();
        return edition.partial(registry) ? edition.scopeSize(registry) + "/" + registry : "";
    }
}
