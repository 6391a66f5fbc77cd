/** Opening jobs, recording each file's outcome, and reading a job's progress. */
package mx.parlamentoabierto.ingest.application;
