/** Open data over HTTP: the datasets, their versions, files and codebooks, with conditional GET. */
package mx.parlamentoabierto.opendata.interfaces.rest;
