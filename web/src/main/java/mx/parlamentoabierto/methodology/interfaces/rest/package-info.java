/**
 * REST resources of methodologies: {@code /api/methodologies}, including the Spanish search of variables.
 */
package mx.parlamentoabierto.methodology.interfaces.rest;
