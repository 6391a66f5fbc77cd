/** The JPA repository of the audit log (inserts and queries only). */
package mx.parlamentoabierto.audit.infrastructure;
