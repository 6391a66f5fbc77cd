/** Ports and results of document processing (text extraction). */
package mx.parlamentoabierto.document.application;
