/** The administrator's credentials until roles arrive: a PBKDF2 hash of the configured password. */
package mx.parlamentoabierto.platform.security;
