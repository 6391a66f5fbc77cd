/** Budget lines, bodies and sources in the database (JPA, aggregates in SQL). */
package mx.parlamentoabierto.budget.infrastructure;
