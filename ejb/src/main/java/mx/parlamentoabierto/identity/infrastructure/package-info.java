/** JPA repositories for accounts and tokens, and the Jakarta Security identity store over them. */
package mx.parlamentoabierto.identity.infrastructure;
