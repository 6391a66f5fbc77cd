/**
 * Identity: who is calling and what they may do. Accounts kept in the database with their roles (admin,
 * coordinator, evaluator, reviewer, staff of one legislature), PBKDF2 password hashes, personal API tokens
 * (only their SHA-256 is stored), the sign-in throttle, and the {@link mx.parlamentoabierto.identity.domain.Caller}
 * that every application service receives instead of reading the request itself.
 */
package mx.parlamentoabierto.identity;
