package mx.parlamentoabierto.spanish;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The matching key of a person's name, so that the same person is found whether a source prints
 * "Beltrones Rivera Manlio Fabio", "Manlio Fabio Beltrones Rivera" or "BELTRONES RIVERA, Manlio F.": accents and case
 * dropped, punctuation gone, the common abbreviations of given names written out (Ma. → maria, Fco. → francisco,
 * Gpe. → guadalupe, J. → jose), particles (de, del, la, y) left out, and the words sorted.
 */
public final class PersonNames {

    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(Map.entry("ma", "maria"), Map.entry("fco", "francisco"),
            Map.entry("gpe", "guadalupe"), Map.entry("j", "jose"), Map.entry("ant", "antonio"), Map.entry("fdo", "fernando"), Map.entry("mtz", "martinez"),
            Map.entry("glez", "gonzalez"), Map.entry("hdez", "hernandez"), Map.entry("rdz", "rodriguez"), Map.entry("fdez", "fernandez"));
    private static final Set<String> PARTICLES = Set.of("de", "del", "la", "las", "los", "y", "e", "dip", "diputado", "diputada",
            "sen", "senador", "senadora");

    private PersonNames() {
    }

    /** The words of the name, normalised, in order (particles and titles dropped). */
    public static java.util.List<String> words(String name) {
        if (name == null) {
            return java.util.List.of();
        }
        return SpanishText.plainWords(name).stream().map(w -> ABBREVIATIONS.getOrDefault(w, w)).filter(w -> !PARTICLES.contains(w)).toList();
    }

    /** The order-free matching key: the normalised words, sorted and joined by spaces. */
    public static String key(String name) {
        return words(name).stream().sorted().collect(Collectors.joining(" "));
    }

    /**
     * True when one name's words are all among the other's and they share at least three (a second given name
     * printed by one source only: "Arroyo Vieyra Francisco" and "Arroyo Vieyra Francisco Agustín"); a one-letter word is
     * an initial and stands for any word it begins ("ADAME CASTILLO MARCO A." and "Marco Antonio Adame Castillo").
     */
    public static boolean oneContainsTheOther(String a, String b) {
        return oneContainsTheOther(a, b, 3);
    }

    /** As {@link #oneContainsTheOther(String, String)}, with the number of full words the two must share at least. */
    public static boolean oneContainsTheOther(String a, String b, int minimumShared) {
        return oneContainsTheOther(wordSet(a), wordSet(b), minimumShared);
    }

    /** The name's normalised words as a set, computed once by a caller that compares one name with many. */
    public static Set<String> wordSet(String name) {
        return new TreeSet<>(words(name));
    }

    /** As {@link #oneContainsTheOther(String, String, int)}, on word sets already computed ({@link #wordSet}). */
    public static boolean oneContainsTheOther(Set<String> x, Set<String> y, int minimumShared) {
        return x.size() <= y.size() && within(x, y, minimumShared) || y.size() <= x.size() && within(y, x, minimumShared);
    }

    /** Every word of the smaller set is in the larger, an initial standing for one word it begins. */
    private static boolean within(Set<String> smaller, Set<String> larger, int minimumShared) {
        Set<String> unused = new TreeSet<>(larger);
        int shared = 0;
        for (String word : smaller) {
            if (unused.remove(word)) {
                shared++;
                continue;
            }
            String initial = initial(word);
            String expanded = initial == null ? null
                    : unused.stream().filter(w -> w.startsWith(initial) && !smaller.contains(w)).findFirst().orElse(null);
            if (expanded == null) {
                return false;
            }
            unused.remove(expanded);
        }
        return shared >= minimumShared;
    }

    /** The letter a word stands for when it was printed as an initial ("A.", or "J." which {@link #words} writes out as jose). */
    private static String initial(String word) {
        if (word.length() == 1) {
            return word;
        }
        return ABBREVIATIONS.entrySet().stream().filter(e -> e.getKey().length() == 1 && e.getValue().equals(word)).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }
}
