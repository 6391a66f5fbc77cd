/**
 * REST resources of editions, rankings (JSON and CSV) and scorecards, and the rankings fast path.
 */
package mx.parlamentoabierto.scoring.interfaces.rest;
