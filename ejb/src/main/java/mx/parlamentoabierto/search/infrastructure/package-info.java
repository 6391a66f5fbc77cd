/**
 * The Elasticsearch adapter (official Java client). Index settings and mappings are JSON files in
 * {@code config/elasticsearch/<name>-v<version>.json}; each is created as the concrete index
 * {@code <prefix>-<name>-v<version>} and reached only through the alias {@code <prefix>-<name>}, so a new
 * mapping version is built beside the old one and the alias switched atomically. Citizens' archive searches
 * take a shorter path: the typed request's JSON goes out on the request thread through the classic HttpClient
 * and the answer is read in one streaming pass (docs/decisions/0010-search-round-trip-on-request-thread.md).
 */
package mx.parlamentoabierto.search.infrastructure;
