/** {@code /api/ingest/jobs}: open a job, follow its progress and list its files (administrator). */
package mx.parlamentoabierto.ingest.interfaces.rest;
