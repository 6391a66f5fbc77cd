/** JPA repositories for editions and answers. */
package mx.parlamentoabierto.scoring.infrastructure;
