/**
 * Legislative documents: the archive citizens search. A document is received (validated, its bytes stored
 * and checked by content), extracted by Tika in supervised worker processes outside the portal's JVM, and
 * handed to the search index through an outbox written in the same transaction; the database is the source
 * of truth at every step. Imports of many files are followed as ingest jobs ({@code ingest}).
 */
package mx.parlamentoabierto.document;
