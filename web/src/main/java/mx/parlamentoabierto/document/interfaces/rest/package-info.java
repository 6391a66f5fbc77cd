/**
 * The archive's HTTP entry points: the upload servlet ({@code POST /api/documents}, administrator only),
 * documents and their original files, pipeline status and index rebuild.
 */
package mx.parlamentoabierto.document.interfaces.rest;
