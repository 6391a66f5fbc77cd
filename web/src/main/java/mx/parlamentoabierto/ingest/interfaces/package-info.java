/** How ingest jobs are reached: the JSON API ({@code rest}) and the administrator's pages ({@code web}). */
package mx.parlamentoabierto.ingest.interfaces;
