/** JPA repositories of the evaluation cycle. */
package mx.parlamentoabierto.evaluation.infrastructure;
