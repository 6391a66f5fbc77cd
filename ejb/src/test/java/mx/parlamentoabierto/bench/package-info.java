/** Benchmarks run by {@code ./parlamento bench ...} (never by the test suite): they print figures, they do not assert. */
package mx.parlamentoabierto.bench;
