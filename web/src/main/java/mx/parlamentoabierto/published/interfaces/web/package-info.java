/**
 * JSF view bean of the published results page.
 */
package mx.parlamentoabierto.published.interfaces.web;
