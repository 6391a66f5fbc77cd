/**
 * Startup: reads and validates every configuration file (a bad file stops startup with file, JSON path
 * and problem), synchronises the registry and methodologies into the database, generates the demo edition
 * when enabled and starts keeping the search index in line with the database.
 */
package mx.parlamentoabierto.bootstrap;
