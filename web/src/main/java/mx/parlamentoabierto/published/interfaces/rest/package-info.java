/**
 * REST resource of third-party published results: {@code /api/published-results}.
 */
package mx.parlamentoabierto.published.interfaces.rest;
