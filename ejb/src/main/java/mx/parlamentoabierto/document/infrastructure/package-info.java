/** The Tika worker supervisor: a bounded pool of worker processes with timeouts, memory caps and restarts. */
package mx.parlamentoabierto.document.infrastructure;
