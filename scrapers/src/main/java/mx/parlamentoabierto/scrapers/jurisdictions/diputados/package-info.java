/**
 * The Cámara de Diputados (legislature id {@code diputados}): its SITL roll-call pages ("Listado de Votaciones por
 * Grupo Parlamentario"), one page per group per vote, as served or saved together by a harvester; and the Crónica
 * Parlamentaria's versiones estenográficas, one page per sitting, read into speeches.
 */
package mx.parlamentoabierto.scrapers.jurisdictions.diputados;
