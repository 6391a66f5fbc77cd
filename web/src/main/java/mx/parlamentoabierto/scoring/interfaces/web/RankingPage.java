package mx.parlamentoabierto.scoring.interfaces.web;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import mx.parlamentoabierto.methodology.domain.Aggregation;
import mx.parlamentoabierto.scoring.application.EditionRanking;
import mx.parlamentoabierto.evaluation.application.EvaluationService;
import mx.parlamentoabierto.platform.interfaces.web.CurrentCaller;
import mx.parlamentoabierto.scoring.application.RankingService;
import mx.parlamentoabierto.scoring.domain.Edition;

/** {@code clasificacion.xhtml?edicion=…&agregacion=…}: the ranking table and chart; everything in the URL. */
@Named
@RequestScoped
public class RankingPage {

    @Inject
    RankingService rankings;
    @Inject
    EvaluationService evaluation;

    /** The SHA-256 of the published snapshot these results come from (empty before publication). */
    public String getSnapshotSha256() {
        return ranking == null ? null : evaluation.publishedSha256(ranking.edition().id()).orElse(null);
    }

    private String edition;
    private String aggregation;
    private EditionRanking ranking;

    /** Loads the ranking; an unknown edition or aggregation answers 404 / falls back to the default. */
    public void load() throws java.io.IOException {
        // an edition that is not public exists only for those who work on it
        Optional<Edition> chosen = rankings.editionOrLatest(edition)
                .filter(e -> e.publiclyVisible() || evaluation.resultsVisible(CurrentCaller.get(), e.id()));
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

    public List<Edition> getEditions() {
        return rankings.editions();
    }

    public List<Aggregation> getAggregations() {
        return List.of(Aggregation.values());
    }

    public EditionRanking getRanking() {
        return ranking;
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
