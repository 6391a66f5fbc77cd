/** The public roll-call pages: the list of vote events, one vote event with its counts and votes, and sessions by date. */
package mx.parlamentoabierto.vote.interfaces.web;
