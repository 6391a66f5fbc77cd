/**
 * Cross-cutting plumbing every feature uses: runtime configuration (MicroProfile Config), the database
 * (Flyway migrations and the EclipseLink unit of work) and path-aware reading of JSON configuration files.
 * No business rules live here.
 */
package mx.parlamentoabierto.platform;
