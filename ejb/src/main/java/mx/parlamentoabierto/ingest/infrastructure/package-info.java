/** Ingest jobs kept in the relational database (JPA), progress counted in SQL. */
package mx.parlamentoabierto.ingest.infrastructure;
