/** The administrator's upload page (per-file progress) and ingest-jobs page, under {@code /admin}. */
package mx.parlamentoabierto.ingest.interfaces.web;
