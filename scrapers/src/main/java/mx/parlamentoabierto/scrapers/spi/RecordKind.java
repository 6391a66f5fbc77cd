package mx.parlamentoabierto.scrapers.spi;

/** The kinds of record a scraper can produce. */
public enum RecordKind {
    DOCUMENT, LEGISLATOR, VOTE, SESSION, BUDGET
}
