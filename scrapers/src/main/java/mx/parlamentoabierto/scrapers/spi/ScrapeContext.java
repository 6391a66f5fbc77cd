package mx.parlamentoabierto.scrapers.spi;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What a run is asked to cover and how politely: the legislative term the pages belong to (e.g. LXII, when the
 * operator says so), the date window (empty for "everything available"), the per-request timeout and the minimum
 * pause between requests to the same site.
 */
public record ScrapeContext(Optional<String> term, Optional<LocalDate> from, Optional<LocalDate> to, Duration requestTimeout,
        Duration minimumPause) {

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

    /** Saved pages of one term, read without fetching anything. */
    public static ScrapeContext savedPages(String term) {
        return new ScrapeContext(Optional.ofNullable(term), Optional.empty(), Optional.empty(), Duration.ofSeconds(30), Duration.ZERO);
    }
}
