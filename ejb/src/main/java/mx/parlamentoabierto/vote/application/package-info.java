/** Importing roll calls (scraped or CSV), the queries of the vote pages and API, and data quality. */
package mx.parlamentoabierto.vote.application;
