/**
 * Sittings and roll calls: vote events (title, date, term, the totals the source printed) with one vote per voter,
 * imported from scraped pages ({@code scrapers}) or a CSV file, matched to persons, each with its provenance and
 * the source page archived as a document. Never drops a voter it cannot match: the vote keeps the printed name.
 */
package mx.parlamentoabierto.vote;
