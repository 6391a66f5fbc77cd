/** Ingest jobs, the file records they accumulate, and the progress computed from them. */
package mx.parlamentoabierto.ingest.domain;
