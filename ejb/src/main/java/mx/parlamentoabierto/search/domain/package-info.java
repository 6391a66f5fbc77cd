/** What a search returns: hits with highlighted fragments. */
package mx.parlamentoabierto.search.domain;
