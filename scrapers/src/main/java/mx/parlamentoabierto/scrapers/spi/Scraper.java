package mx.parlamentoabierto.scrapers.spi;

import java.util.Set;

/** Scrapes one kind of record for one legislature and hands every record or problem to the sink. */
public interface Scraper {

    /** Stable id of the legislature this scraper covers, e.g. {@code jalisco}. */
    String legislatureId();

    /** What this scraper produces. */
    Set<RecordKind> produces();

    /** True when a run that finds nothing is normal (a chamber in recess); otherwise an empty run is an error. */
    default boolean emptyRunExpected() {
        return false;
    }

    /**
     * Runs one scrape. Implementations report each record with {@link ScrapeSink#accept} and each item they
     * could not read with {@link ScrapeSink#skip}, and throw only when the whole run cannot proceed.
     */
    void scrape(ScrapeContext context, ScrapeSink sink) throws ScrapeException;
}
