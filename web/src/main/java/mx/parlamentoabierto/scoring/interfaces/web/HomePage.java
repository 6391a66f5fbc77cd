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

    public Edition getLatest() {
        if (latest == null) {
            latest = rankings.latestEdition();
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

    public int getLegislatureCount() {
        return legislatures.all().size();
    }
}
