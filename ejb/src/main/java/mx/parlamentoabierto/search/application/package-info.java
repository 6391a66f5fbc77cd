/** The search port and the synchroniser that keeps the index in line with the database. */
package mx.parlamentoabierto.search.application;
