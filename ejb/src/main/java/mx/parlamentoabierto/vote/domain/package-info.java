/** Sittings, vote events, vote options and the read models of votes. */
package mx.parlamentoabierto.vote.domain;
