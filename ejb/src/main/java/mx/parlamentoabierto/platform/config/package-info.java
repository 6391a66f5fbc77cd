/**
 * Runtime configuration through MicroProfile Config. Every key has a default for the embedded setup and
 * maps to an environment variable ({@code parlamento.es.url} ↔ {@code PARLAMENTO_ES_URL}); the list is in
 * docs/operations.md.
 */
package mx.parlamentoabierto.platform.config;
