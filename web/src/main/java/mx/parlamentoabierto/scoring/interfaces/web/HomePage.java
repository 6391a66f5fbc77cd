package mx.parlamentoabierto.scoring.interfaces.web;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import mx.parlamentoabierto.legislature.application.LegislatureCatalog;
import mx.parlamentoabierto.methodology.domain.Methodology;
import mx.parlamentoabierto.scoring.application.RankingService;
import mx.parlamentoabierto.scoring.domain.Edition;

/** The home page: what this is and the latest edition. */
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

    public int getLegislatureCount() {
        return legislatures.all().size();
    }
}
