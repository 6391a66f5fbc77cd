/**
 * Ingest jobs: an import of many files into the archive (a folder sent by {@code ./parlamento ingest}, a
 * batch from the upload page) and what became of each file — received, duplicate or refused, then
 * extracted, indexed or failed with its reason — so that long imports show done/total and their failures.
 * The documents themselves and their pipeline live in {@code document}.
 */
package mx.parlamentoabierto.ingest;
