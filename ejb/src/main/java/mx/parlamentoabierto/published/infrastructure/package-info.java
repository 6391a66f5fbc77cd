/** Reads config/published-results.json with path-aware validation. */
package mx.parlamentoabierto.published.infrastructure;
