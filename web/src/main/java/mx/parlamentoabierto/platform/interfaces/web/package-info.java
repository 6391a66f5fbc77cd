/**
 * What every page and answer shares: the failure filter (the right 4xx or a 500 with an incident id; redirects
 * without the request's host) and the error page, security headers, the cache of rendered public pages, the
 * client's address behind trusted proxies, download names, language selection (Spanish first) and number formats.
 */
package mx.parlamentoabierto.platform.interfaces.web;
