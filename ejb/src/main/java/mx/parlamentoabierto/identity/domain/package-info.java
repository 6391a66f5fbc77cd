/** Accounts, roles, API tokens and the caller of a request; no framework code beyond the JPA mapping. */
package mx.parlamentoabierto.identity.domain;
