package mx.parlamentoabierto.legislator.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import mx.parlamentoabierto.legislator.domain.Identifier;
import mx.parlamentoabierto.legislator.domain.VoterCandidate;
import mx.parlamentoabierto.spanish.PersonNames;

/** The order in which a roll call's line finds its person, and the cases where it must not guess. */
class VoterMatcherTest {

    private static VoterCandidate person(String id, String sortName, boolean inTerm, Identifier... ids) {
        return new VoterCandidate(id, sortName, PersonNames.key(sortName), Set.of(ids), inTerm);
    }

    private static final VoterCandidate BELTRONES = person("diputados:beltrones", "Beltrones Rivera, Manlio Fabio", true,
            new Identifier("sitl:LXII", "221"));
    private static final VoterCandidate DURAZO = person("diputados:durazo", "Durazo Montaño, Francisco Alfonso", true);
    private static final VoterCandidate FORMER = person("diputados:corrales", "Corrales Corrales, Francisca Elena", false);

    private final VoterMatcher matcher = new VoterMatcher(List.of(BELTRONES, DURAZO, FORMER), "LXII");

    @Test
    void theSourcesOwnVoterIdComesFirst() {
        assertEquals(new VoterMatcher.Match("diputados:beltrones", "id"), matcher.match("221", "Un nombre mal impreso"));
    }

    @Test
    void aNameMatchesWhateverItsAccentsCaseAndOrder() {
        assertEquals(new VoterMatcher.Match("diputados:durazo", "name"), matcher.match(null, "DURAZO MONTANO FRANCISCO ALFONSO"));
        assertEquals(new VoterMatcher.Match("diputados:durazo", "name"), matcher.match("999", "Francisco Alfonso Durazo Montaño"));
    }

    @Test
    void aPersonOutsideTheTermIsFoundByTheFullNameOnly() {
        assertEquals(new VoterMatcher.Match("diputados:corrales", "name"), matcher.match(null, "Corrales Corrales Francisca Elena"));
        assertNull(matcher.match(null, "Corrales Francisca"), "a shortened name is tried among the term's members only");
    }

    @Test
    void aNamePrintedShorterMatchesOneMemberOfTheTerm() {
        assertEquals(new VoterMatcher.Match("diputados:durazo", "partial-name"), matcher.match(null, "Durazo Montaño Alfonso"));
    }

    @Test
    void aNameOneSourceMisspellsByALetterOrTwoMatchesOneMemberOfTheTerm() {
        VoterMatcher roster = new VoterMatcher(List.of(person("alcaraz", "Alcaraz Hernandez, Alma Edwviges", true),
                person("duarte", "Duarte Jaquez, Cesar Horacio", true), person("lopez-a", "López Pérez, Juan Carlos", true)), "LX");
        assertEquals(new VoterMatcher.Match("alcaraz", "near-name"), roster.match(null, "Alma Eduviges Alcaraz Hernández"));
        assertEquals(new VoterMatcher.Match("duarte", "near-name"), roster.match(null, "César Horacio Duarte Jácquez"));
        assertNull(roster.match(null, "Juan Manuel López Pérez"), "another given name is another person, not a misspelling");
        assertNull(roster.match(null, "Rosa Elia Rodríguez Guzmán"));
    }

    @Test
    void twoCandidatesAreNeverGuessedBetween() {
        VoterMatcher twins = new VoterMatcher(List.of(person("a", "López Pérez, Juan", true), person("b", "López Pérez, Juan", true)), "LXII");
        assertNull(twins.match(null, "Juan López Pérez"));
        VoterMatcher two = new VoterMatcher(List.of(person("a", "López Pérez, Juan Carlos", true), person("b", "López Pérez, Juan Manuel", true)),
                "LXII");
        assertNull(two.match(null, "López Pérez Juan"), "a short name both could be is left unmatched");
    }
}
