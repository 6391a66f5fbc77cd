/** The datasets' rows read from the database in pages (never a whole table in memory), files, and the versions table. */
package mx.parlamentoabierto.opendata.infrastructure;
