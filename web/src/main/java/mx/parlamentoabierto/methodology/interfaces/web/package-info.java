/**
 * JSF view beans of the methodology page ({@code metodologia.xhtml}).
 */
package mx.parlamentoabierto.methodology.interfaces.web;
