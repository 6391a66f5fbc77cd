/**
 * The audit log: who, when, from where, what, and the state before and after, of every change to accounts, role
 * grants, tokens, editions, assignments, answers, reviews and objections. Append-only: there is no update or
 * delete path in the code, and the repository offers only {@code append} and reads.
 */
package mx.parlamentoabierto.audit;
