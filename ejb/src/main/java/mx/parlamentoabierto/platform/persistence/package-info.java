/**
 * The relational database, source of truth: versioned Flyway migrations (one schema for H2 and
 * PostgreSQL, never generated from entities), an application-managed EclipseLink persistence unit and its unit of
 * work: use cases marked {@link mx.parlamentoabierto.platform.persistence.UnitOfWork} run in one unit (the
 * {@link mx.parlamentoabierto.platform.persistence.UnitOfWorkInterceptor}); a use case that must commit in steps
 * (archive a file before its extraction, retry after a conflict, read an archive larger than memory in batches) opens
 * each step with {@link mx.parlamentoabierto.platform.persistence.Database#open()}.
 *
 * <p>The persistence unit is resource-local and bootstrapped by the application from MicroProfile Config,
 * so the same code runs in Payara and in plain-Java integration tests against H2 and PostgreSQL; see
 * docs/decisions/0002-database-bootstrap.md and 0025-wiring-and-units-of-work.md.
 */
package mx.parlamentoabierto.platform.persistence;
