package mx.parlamentoabierto.scrapers.spi;

/**
 * One typed record as scraped. Every record says where it came from ({@link Provenance}: refused without an absolute
 * source URL) and carries a dedupe key, so that importing the same page twice finds the record it already holds.
 */
public sealed interface ScrapedRecord permits ScrapedVoteEvent, ScrapedDebate {

    RecordKind kind();

    Provenance provenance();

    /** Stable within a legislature: the same source item always yields the same key. */
    String dedupeKey();
}
