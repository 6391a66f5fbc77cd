/**
 * The archive search page ({@code buscar.xhtml}): every state in the URL, fragments rendered without trusting HTML;
 * and the admission of searches (per-client rate limit, bounded concurrency with a lane for prefix searches) that
 * guards it and the search API.
 */
package mx.parlamentoabierto.search.interfaces.web;
