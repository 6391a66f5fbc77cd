/** The registry file reader (validated JSON) and the JPA repository. */
package mx.parlamentoabierto.legislature.infrastructure;
