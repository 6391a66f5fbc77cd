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
                Match partial = partial(printedName);
                return partial != null ? partial : nearName(printedName);
            }
        }
        return null;
    }

    /**
     * A name one of the two sources misspells: the same number of words, all equal but one, and that one within two
     * letters of the other ("Alma Eduviges Alcaraz Hernández" and the roster's "ALMA EDWVIGES ALCARAZ HERNANDEZ",
     * "Duarte Jácquez" and "DUARTE JAQUEZ"), with one member of the term only; at least three words, the odd one of five
     * letters or more, so that two given names are never taken for each other.
     */
    private Match nearName(String printedName) {
        List<String> printed = PersonNames.words(printedName);
        if (printed.size() < 3) {
            return null;
        }
        String found = null;
        for (VoterCandidate c : termMembers) {
            List<String> theirs = PersonNames.words(c.sortName()).stream().sorted().toList();
            if (theirs.size() == printed.size() && oneWordApart(printed.stream().sorted().toList(), theirs)) {
                if (found != null) {
                    return null;
                }
                found = c.id();
            }
        }
        return found == null ? null : new Match(found, "near-name");
    }

    private static boolean oneWordApart(List<String> a, List<String> b) {
        java.util.List<String> onlyA = new ArrayList<>(a);
        java.util.List<String> onlyB = new ArrayList<>(b);
        for (String w : a) {
            if (onlyB.remove(w)) {
                onlyA.remove(w);
            }
        }
        return onlyA.size() == 1 && onlyB.size() == 1 && Math.min(onlyA.get(0).length(), onlyB.get(0).length()) >= 5
                && distance(onlyA.get(0), onlyB.get(0)) <= 2;
    }

    /** Levenshtein distance of two short words. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                current[j] = Math.min(Math.min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
