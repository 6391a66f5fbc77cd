/**
 * Reading Mexican congressional transcripts (versiones estenográficas, Diario de los Debates) into speeches, whatever
 * the publication's markup: {@link mx.parlamentoabierto.scrapers.debates.SpeakerLabel} reads "La Presidenta diputada
 * Ruth Zavaleta Salgado (11:24 horas):" into role, chamber, name, seat and time; {@link
 * mx.parlamentoabierto.scrapers.debates.TranscriptReader} turns a sitting's paragraphs into speeches, stage directions,
 * agenda items and announced vote results. Each jurisdiction's scraper only finds the paragraphs.
 */
package mx.parlamentoabierto.scrapers.debates;
