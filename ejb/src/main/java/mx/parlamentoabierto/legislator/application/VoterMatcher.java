package mx.parlamentoabierto.legislator.application;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import mx.parlamentoabierto.legislator.domain.Identifier;
import mx.parlamentoabierto.legislator.domain.VoterCandidate;
import mx.parlamentoabierto.spanish.PersonNames;

/**
 * Finds the person behind a roll call's line, in this order: the source's own voter id (the SITL's deputy number,
 * identifier scheme {@code sitl:<term>}); the name's matching key among the term's members; the same key among
 * every person of the legislature; a name one source prints shorter than the other (a second given name left out, an
 * initial) among the term's members, then among every person, then with two words among the term's members. A step that finds two candidates does not guess: the voter stays unmatched and is kept.
 */
public final class VoterMatcher {

    /** A match and how it was found: {@code id}, {@code name} or {@code partial-name}. */
    public record Match(String personId, String method) {
    }

    private final String scheme;
    private final Map<String, String> bySourceId = new HashMap<>();
    private final Map<String, List<String>> termByKey = new HashMap<>();
    private final Map<String, List<String>> allByKey = new HashMap<>();
    private final List<VoterCandidate> termMembers = new ArrayList<>();
    private final List<VoterCandidate> everyone = new ArrayList<>();
    /** Each candidate's name as a word set, computed the first time a shorter printed name is compared with it. */
    private final Map<String, java.util.Set<String>> words = new HashMap<>();

    /**
     * @param persons every person of the legislature, marked when they sit in the roll call's term
     * @param term    the term (for the identifier scheme), or null
     */
    public VoterMatcher(Collection<VoterCandidate> persons, String term) {
        this.scheme = term == null ? null : Identifier.sitlScheme(term);
        for (VoterCandidate p : persons) {
            if (scheme != null) {
                for (Identifier id : p.identifiers()) {
                    if (id.scheme().equals(scheme)) {
                        bySourceId.put(id.identifier(), p.id());
                    }
                }
            }
            allByKey.computeIfAbsent(p.nameKey(), k -> new ArrayList<>()).add(p.id());
            everyone.add(p);
            if (p.inTerm()) {
                termByKey.computeIfAbsent(p.nameKey(), k -> new ArrayList<>()).add(p.id());
                termMembers.add(p);
            }
        }
    }

    /**
     * A name one source prints shorter than the other: three words shared (an initial standing for its word) with one term
     * member; else with one person of the legislature (a substitute whose dates the roster does not give); else two words
     * shared with one term member ("DELGADO DANTE" and Dante Delgado Rannauro). Never a guess among several.
     */
    private Match partial(String printedName) {
        java.util.Set<String> printed = PersonNames.wordSet(printedName);
        List<String> term = contain(termMembers, printed, 3);
        if (term.size() == 1) {
            return new Match(term.get(0), "partial-name");
        }
        if (term.isEmpty()) {
            List<String> anyone = contain(everyone, printed, 3);
            if (anyone.size() == 1) {
                return new Match(anyone.get(0), "partial-name");
            }
            if (anyone.isEmpty()) {
                List<String> two = contain(termMembers, printed, 2);
                if (two.size() == 1) {
                    return new Match(two.get(0), "partial-name");
                }
            }
        }
        return null;
    }

    /** The candidates whose name and the printed one contain each other (at most two are looked for: one is an answer, two are not). */
    private List<String> contain(List<VoterCandidate> candidates, java.util.Set<String> printed, int minimumShared) {
        List<String> found = new ArrayList<>(2);
        for (VoterCandidate c : candidates) {
            if (PersonNames.oneContainsTheOther(words.computeIfAbsent(c.id(), id -> PersonNames.wordSet(c.sortName())), printed, minimumShared)) {
                found.add(c.id());
                if (found.size() == 2) {
                    break;
                }
            }
        }
        return found;
    }

    /** The person, or null when none is certain. */
    public Match match(String sourceVoterId, String printedName) {
        if (sourceVoterId != null && bySourceId.containsKey(sourceVoterId)) {
            return new Match(bySourceId.get(sourceVoterId), "id");
        }
        String key = PersonNames.key(printedName);
        List<String> inTerm = termByKey.getOrDefault(key, List.of());
        if (inTerm.size() == 1) {
            return new Match(inTerm.get(0), "name");
        }
        if (inTerm.isEmpty()) {
            List<String> anyone = allByKey.getOrDefault(key, List.of());
            if (anyone.size() == 1) {
                return new Match(anyone.get(0), "name");
            }
            if (anyone.isEmpty()) {
                return partial(printedName);
            }
        }
        return null;
    }
}
