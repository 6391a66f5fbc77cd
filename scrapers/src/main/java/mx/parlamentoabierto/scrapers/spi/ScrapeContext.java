package mx.parlamentoabierto.scrapers.spi;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What a run is asked to cover and how politely: the date window (empty for "everything available"),
 * the per-request timeout and the minimum pause between requests to the same site.
 */
public record ScrapeContext(Optional<LocalDate> from, Optional<LocalDate> to, Duration requestTimeout, Duration minimumPause) {

    public ScrapeContext {
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw new IllegalArgumentException("from " + from.get() + " is after to " + to.get());
        }
        if (requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("requestTimeout must be positive");
        }
        if (minimumPause.isNegative()) {
            throw new IllegalArgumentException("minimumPause must not be negative");
        }
    }
}
