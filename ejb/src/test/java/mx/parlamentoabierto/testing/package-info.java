/**
 * Test support: fixtures built in code and the integration-test database (H2, or PostgreSQL with --db).
 */
package mx.parlamentoabierto.testing;
