/** Loading, freezing and looking up methodology versions. */
package mx.parlamentoabierto.methodology.application;
