/**
 * REST resources of the legislature registry: {@code /api/legislatures}.
 */
package mx.parlamentoabierto.legislature.interfaces.rest;
