/**
 * Legislative documents: the archive citizens search. This first part holds text extraction: the
 * {@link mx.parlamentoabierto.document.application.TextExtractor} port and its Tika implementation, which
 * parses untrusted files only in supervised worker processes outside the portal's JVM.
 */
package mx.parlamentoabierto.document;
