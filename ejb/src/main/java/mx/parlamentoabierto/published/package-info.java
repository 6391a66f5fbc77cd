/**
 * Results published by others (the Diagnóstico de Parlamento Abierto en México, 2014 and 2017): real
 * aggregates with their source URLs, shown read-only on "Resultados publicados". Never mixed with scores
 * this portal computes.
 */
package mx.parlamentoabierto.published;
