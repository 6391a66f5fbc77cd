/** Storage of sittings and vote events (JPA) and of votes (JDBC batches: a term holds ~500,000). */
package mx.parlamentoabierto.vote.infrastructure;
