/**
 * The Cámara de Diputados (legislature id {@code diputados}): its SITL roll-call pages ("Listado de Votaciones por
 * Grupo Parlamentario"), one page per group per vote, as served or saved together by a harvester.
 */
package mx.parlamentoabierto.scrapers.jurisdictions.diputados;
