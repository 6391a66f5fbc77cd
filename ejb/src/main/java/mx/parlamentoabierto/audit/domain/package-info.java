/** One audit entry and the append-only repository port. */
package mx.parlamentoabierto.audit.domain;
