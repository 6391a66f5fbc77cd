/** The published results loaded at startup, for the page and the API. */
package mx.parlamentoabierto.published.application;
