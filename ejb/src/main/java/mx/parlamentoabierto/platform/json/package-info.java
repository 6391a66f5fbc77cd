/** Reading the project's JSON data files so that every error names the file, the JSON path and the problem. */
package mx.parlamentoabierto.platform.json;
