/**
 * What every page shares: language selection (Spanish first), number formats and security headers.
 */
package mx.parlamentoabierto.platform.interfaces.web;
