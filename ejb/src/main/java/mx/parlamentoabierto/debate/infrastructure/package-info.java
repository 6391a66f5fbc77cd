/** Debates through JPA, their speeches through JDBC batches and native queries. */
package mx.parlamentoabierto.debate.infrastructure;
