/**
 * Search, served by Elasticsearch behind the {@link mx.parlamentoabierto.search.application.SearchIndex}
 * port. The database stays the source of truth: indices are rebuilt from it and, when Elasticsearch is
 * unreachable, the synchroniser keeps retrying until it catches up.
 */
package mx.parlamentoabierto.search;
