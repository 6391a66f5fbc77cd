/**
 * One package per legislature (Open States' layout): a {@link mx.parlamentoabierto.scrapers.spi.Jurisdiction} that
 * declares every scraper of the legislature with its source and the terms it reads (registered in
 * {@code META-INF/services/mx.parlamentoabierto.scrapers.spi.Jurisdiction}; {@code ./parlamento scrape --list} prints
 * them), the scrapers themselves, and saved pages as test fixtures under the jurisdiction's test resources.
 */
package mx.parlamentoabierto.scrapers.jurisdictions;
