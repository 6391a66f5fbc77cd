/**
 * The administrator's credentials until roles arrive: a PBKDF2 hash of the configured password, and the
 * throttling of failed sign-ins (growing wait, lock, audited) per account and per client address.
 */
package mx.parlamentoabierto.platform.security;
