/**
 * The JAX-RS application, RFC 9457 problem responses and the health checks.
 */
package mx.parlamentoabierto.platform.interfaces.rest;
