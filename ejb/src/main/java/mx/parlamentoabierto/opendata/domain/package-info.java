/** Datasets, their columns (the codebook) and their published versions. */
package mx.parlamentoabierto.opendata.domain;
