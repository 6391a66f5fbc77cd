/** JPA storage of legislators. */
package mx.parlamentoabierto.legislator.infrastructure;
