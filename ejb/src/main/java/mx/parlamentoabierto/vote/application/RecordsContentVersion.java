package mx.parlamentoabierto.vote.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import mx.parlamentoabierto.legislator.application.PopoloImport;
import mx.parlamentoabierto.platform.PublicContentVersion;

/**
 * The legislator and vote pages' share of {@link PublicContentVersion}: it moves when this instance imports
 * legislators or roll calls, so cached pages are rendered again; another instance's imports show within the cache's
 * maximum age (the same rule as the rankings', ADR 0015).
 */
@ApplicationScoped
public class RecordsContentVersion implements PublicContentVersion {

    @Inject
    VoteImport votes;

    @Inject
    PopoloImport legislators;

    @Override
    public long current() {
        return votes.changes() + legislators.changes();
    }
}
