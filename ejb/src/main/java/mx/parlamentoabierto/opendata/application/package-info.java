/** Building the datasets when their data change, keeping every version, and finding a version's files. */
package mx.parlamentoabierto.opendata.application;
