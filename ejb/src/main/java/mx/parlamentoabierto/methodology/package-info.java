/**
 * Methodologies as data: principles, variables, scales, weights and the basis of every variable, read from
 * config/methodologies and frozen per version in the database once loaded.
 */
package mx.parlamentoabierto.methodology;
