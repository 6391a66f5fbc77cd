/**
 * JSF view beans of the home, rankings and scorecard pages; all state in the URL.
 */
package mx.parlamentoabierto.scoring.interfaces.web;
