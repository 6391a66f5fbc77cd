/** {@code GET /api/search}: the archive search with facets and highlighted fragments. */
package mx.parlamentoabierto.search.interfaces.rest;
