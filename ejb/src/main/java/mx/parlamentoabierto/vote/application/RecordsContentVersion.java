package mx.parlamentoabierto.vote.application;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import mx.parlamentoabierto.legislator.domain.PeopleImported;
import mx.parlamentoabierto.platform.PublicContentVersion;
import mx.parlamentoabierto.vote.domain.RollCallsImported;

/**
 * The legislator, vote and sitting pages' share of {@link PublicContentVersion}: it moves when legislators, roll calls or
 * debates are imported (observed after the commit), so cached pages are rendered again; another instance's imports show within
 * the cache's maximum age (ADR 0015) until events cross instances.
 */
@ApplicationScoped
public class RecordsContentVersion implements PublicContentVersion {

    private final AtomicLong changes = new AtomicLong();

    public void rollCalls(@Observes RollCallsImported event) {
        changes.incrementAndGet();
    }

    public void people(@Observes PeopleImported event) {
        changes.incrementAndGet();
    }

    public void debates(@Observes mx.parlamentoabierto.debate.domain.DebatesImported event) {
        changes.incrementAndGet();
    }

    @Override
    public long current() {
        return changes.get();
    }
}
