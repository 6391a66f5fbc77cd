/** The open data page (/datos.xhtml). */
package mx.parlamentoabierto.opendata.interfaces.web;
