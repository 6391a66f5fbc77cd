/**
 * The scraper service-provider interface. A jurisdiction ships one {@link mx.parlamentoabierto.scrapers.spi.Scraper}
 * per source (roll calls, legislators, documents...), registered through {@link java.util.ServiceLoader} and found by
 * name ({@link mx.parlamentoabierto.scrapers.spi.Scrapers}). Scrapers read pages into typed records
 * ({@link mx.parlamentoabierto.scrapers.spi.ScrapedVoteEvent}); every record carries its
 * {@link mx.parlamentoabierto.scrapers.spi.Provenance} (an absolute source URL, or it is refused) and a dedupe key;
 * one bad page is reported with what is wrong, never fatal. No container or persistence types here, so scrapers run
 * inside the portal or headless.
 */
package mx.parlamentoabierto.scrapers.spi;
