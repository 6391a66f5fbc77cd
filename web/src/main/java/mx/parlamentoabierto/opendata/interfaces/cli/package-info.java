/** ./parlamento export: every dataset's latest files from the running portal into a directory. */
package mx.parlamentoabierto.opendata.interfaces.cli;
