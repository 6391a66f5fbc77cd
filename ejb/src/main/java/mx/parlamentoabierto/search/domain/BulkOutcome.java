package mx.parlamentoabierto.search.domain;

import java.util.Map;
import java.util.Set;

/**
 * How a bulk indexing round ended, per item (keyed by the caller's context id): indexed, rejected with a
 * reason, or not sent because the whole request failed (node down) and must be retried later.
 */
public record BulkOutcome(Set<Long> indexed, Map<Long, String> rejected, Map<Long, String> retryLater) {
    public BulkOutcome {
        indexed = Set.copyOf(indexed);
        rejected = Map.copyOf(rejected);
        retryLater = Map.copyOf(retryLater);
    }
}
