package mx.parlamentoabierto.legislator.domain;

import java.util.Set;

/** What matching a voter needs of a person: id, sort name, name key, identifiers, and whether they sit in the term. */
public record VoterCandidate(String id, String sortName, String nameKey, Set<Identifier> identifiers, boolean inTerm) {
}
