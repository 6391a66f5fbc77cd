/**
 * The load generator behind ./parlamento bench when wrk is not available (JDK only, loopback only).
 */
package mx.parlamentoabierto.bench;
