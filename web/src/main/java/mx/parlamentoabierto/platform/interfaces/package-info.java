/**
 * The portal's entry points that every feature shares: the JAX-RS application (with its OpenAPI
 * description), RFC 9457 problem responses, health checks, the page template's locale and demo banner.
 */
package mx.parlamentoabierto.platform.interfaces;
