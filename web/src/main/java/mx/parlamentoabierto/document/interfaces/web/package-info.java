/** The document page ({@code documento.xhtml}): metadata, status history, extracted text and the original file. */
package mx.parlamentoabierto.document.interfaces.web;
