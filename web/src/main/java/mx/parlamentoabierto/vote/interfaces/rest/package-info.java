/** Roll calls over HTTP: vote events with counts and votes, a person's votes, scraped pages and CSV files received, data quality. */
package mx.parlamentoabierto.vote.interfaces.rest;
