/** {@code ./parlamento ingest}: bulk import through the running portal's API (JDK only, run from source). */
package mx.parlamentoabierto.document.interfaces.cli;
