/**
 * Creating accounts (with a generated password, checked against the password policy), verifying passwords
 * and tokens (throttled), and the refusals the interfaces turn into 401 and 403.
 */
package mx.parlamentoabierto.identity.application;
