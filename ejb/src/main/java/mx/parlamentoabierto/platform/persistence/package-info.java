/**
 * The relational database, source of truth: versioned Flyway migrations (one schema for H2 and
 * PostgreSQL, never generated from entities), an application-managed EclipseLink persistence unit and a
 * small unit of work ({@link mx.parlamentoabierto.platform.persistence.Database#inTransaction}).
 *
 * <p>The persistence unit is resource-local and bootstrapped by the application from MicroProfile Config,
 * so the same code runs in Payara and in plain-Java integration tests against H2 and PostgreSQL; see
 * docs/decisions/0002-database-bootstrap.md.
 */
package mx.parlamentoabierto.platform.persistence;
