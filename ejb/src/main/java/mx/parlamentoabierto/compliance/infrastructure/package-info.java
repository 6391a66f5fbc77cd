/** The obligations and suggestion files of {@code config/}, and what the portal holds, counted in SQL. */
package mx.parlamentoabierto.compliance.infrastructure;
