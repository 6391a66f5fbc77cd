/**
 * The scraper service-provider interface. A jurisdiction ships one {@link mx.parlamentoabierto.scrapers.spi.Scraper}
 * per kind of record (documents, legislators, votes...), registered through {@link java.util.ServiceLoader}.
 * Every record carries its source URL; one bad item is reported and skipped, never fatal; an empty scrape is
 * an error unless the scraper declares that emptiness is expected. No container or persistence types here,
 * so scrapers run inside the portal or headless.
 */
package mx.parlamentoabierto.scrapers.spi;
