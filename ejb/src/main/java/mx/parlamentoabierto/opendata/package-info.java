/**
 * Open data as the transparency law defines it (LGTAIP Art. 3 fr. VIII: complete, with metadata, free, no
 * registration, permanent, machine readable, open format, free reuse): every dataset the portal publishes as CSV and
 * JSON with a codebook, a licence, its SHA-256 and build time, rebuilt when its data change, every earlier version kept.
 */
package mx.parlamentoabierto.opendata;
