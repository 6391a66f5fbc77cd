package mx.parlamentoabierto.scoring.interfaces.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import mx.parlamentoabierto.methodology.domain.Aggregation;
import mx.parlamentoabierto.platform.ResourceNotFoundException;
import mx.parlamentoabierto.evaluation.application.EvaluationService;
import mx.parlamentoabierto.platform.interfaces.web.CurrentCaller;
import mx.parlamentoabierto.scoring.application.RankingService;
import mx.parlamentoabierto.scoring.application.Scorecard;
import mx.parlamentoabierto.scoring.domain.Edition;

/** {@code legislatura.xhtml?id=…&edicion=…}: one legislature's scorecard with evidence. */
@Named
@RequestScoped
public class ScorecardPage {

    @Inject
    RankingService rankings;
    @Inject
    EvaluationService evaluation;

    /** The SHA-256 of the published snapshot these results come from (empty before publication). */
    public String getSnapshotSha256() {
        return scorecard == null ? null : evaluation.publishedSha256(scorecard.edition().id()).orElse(null);
    }

    private String id;
    private String edition;
    private String aggregation;
    private Scorecard scorecard;

    public void load() throws IOException {
        // an edition that is not public exists only for those who work on it
        Optional<Edition> chosen = rankings.editionOrLatest(edition)
                .filter(e -> e.publiclyVisible() || evaluation.resultsVisible(CurrentCaller.get(), e.id()));
        try {
            if (chosen.isEmpty() || id == null) {
                throw new ResourceNotFoundException("sin edición o legislatura");
            }
            scorecard = rankings.scorecard(chosen.get().id(), id, Aggregation.fromName(aggregation));
            edition = chosen.get().id();
        } catch (ResourceNotFoundException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, e.getMessage());
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public Scorecard getScorecard() {
        return scorecard;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
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
