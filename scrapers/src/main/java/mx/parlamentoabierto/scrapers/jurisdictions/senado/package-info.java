/**
 * The Senado de la República: its roll calls as the Diario de los Debates printed them (HTML pages, several roll calls
 * a page) and as the vote PDFs list them. Both read into the same typed vote events as the Chamber's SITL pages.
 */
package mx.parlamentoabierto.scrapers.jurisdictions.senado;
