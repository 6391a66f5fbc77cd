/** The archive search page ({@code buscar.xhtml}): every state in the URL, fragments rendered without trusting HTML. */
package mx.parlamentoabierto.search.interfaces.web;
