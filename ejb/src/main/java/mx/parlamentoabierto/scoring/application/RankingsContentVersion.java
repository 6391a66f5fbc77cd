package mx.parlamentoabierto.scoring.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import mx.parlamentoabierto.platform.PublicContentVersion;

/** The rankings' and scorecards' share of {@link PublicContentVersion}: it moves when any answer is recorded. */
@ApplicationScoped
public class RankingsContentVersion implements PublicContentVersion {

    @Inject
    RankingService rankings;

    @Override
    public long current() {
        return rankings.changes();
    }
}
