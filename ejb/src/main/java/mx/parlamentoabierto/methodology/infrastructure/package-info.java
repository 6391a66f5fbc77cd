/** The methodology JSON format (reader with path-aware errors) and the frozen-version table. */
package mx.parlamentoabierto.methodology.infrastructure;
