package mx.parlamentoabierto.scrapers.jurisdictions.senado;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import mx.parlamentoabierto.spanish.PersonNames;
import mx.parlamentoabierto.spanish.SpanishText;

/**
 * One "VOTACIÓN REGISTRADA CONFORME AL SISTEMA ELECTRÓNICO" list of the Diario de los Debates, read from the text
 * pieces that follow its heading. The Diario lays the list out in several ways — a row per senator (name, group,
 * vote), a column of names beside a column of "PRI, Sí", three columns — so names, groups and votes are queued as they
 * come and paired in order. A vote printed right after a name with no group between keeps the voter without group.
 * "VOTACIÓN REGISTRADA FUERA DEL SISTEMA ELECTRÓNICO" starts the votes recorded by hand, kept and marked as such. The
 * list ends at the first piece that is none of these (the Secretaría announcing the result).
 */
final class RollCallList {

    /** One line of the list. */
    record Line(String name, String group, String vote, boolean outsideSystem) {
    }

    private static final Pattern VOTE = Pattern.compile("^(?i:(s[ií?]|no|abstenci[oó?]n|a favor|en contra))\\W*$");
    private static final Pattern GROUP_AND_VOTE = Pattern.compile("^([A-Z]{2,6})\\s*[,.]?\\s*(?i:(s[ií?]|no|abstenci[oó?]n))\\W*$");
    private static final Pattern GROUP = Pattern.compile("^([A-Z]{2,6})[.,]?$");
    private static final Pattern NAME_WORD = Pattern.compile("^[A-ZÑÁÉÍÓÚÜ?][A-ZÑÁÉÍÓÚÜ?.'\\-]*,?$");
    private static final Set<String> PARTICLES = Set.of("y", "de", "del", "la", "las", "los", "e");
    private static final Set<String> COLUMN_HEADINGS = Set.of("NOMBRE", "PARTIDO", "GRUPO", "VOTO", "SENADOR", "SENADORES", "SENTIDO");

    final List<Line> lines = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    /** The index of the first piece after the list. */
    final int end;

    private RollCallList(List<String> tokens, int start) {
        Deque<String> names = new ArrayDeque<>();
        Deque<String> groups = new ArrayDeque<>();
        Deque<String> votes = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        boolean outside = false;
        boolean afterName = false;
        int i = start;
        for (; i < tokens.size(); i++) {
            String token = tokens.get(i);
            String plain = SpanishText.plain(token);
            if (plain.contains("conforme al sistema electronico")) {
                break; // the next roll call
            }
            if (plain.contains("fuera del sistema")) {
                leftovers(names, groups, votes, outside);
                outside = true;
                afterName = false;
                continue;
            }
            java.util.regex.Matcher both = GROUP_AND_VOTE.matcher(token);
            if (both.matches()) {
                groups.add(both.group(1));
                votes.add(both.group(2));
                afterName = false;
            } else if (VOTE.matcher(token).matches()) {
                if (afterName && groups.size() < names.size() && groups.size() == votes.size()) {
                    groups.add(""); // a row with a name and a vote but no group
                }
                votes.add(token.replaceAll("\\W+$", ""));
                afterName = false;
            } else if (COLUMN_HEADINGS.contains(token.toUpperCase(java.util.Locale.ROOT))) {
                continue;
            } else if (GROUP.matcher(token).matches()) {
                java.util.regex.Matcher g = GROUP.matcher(token);
                g.matches();
                groups.add(g.group(1));
                afterName = false;
            } else if (isName(token)) {
                for (String name : splitIfTwo(token.replaceAll(",$", "").strip(), names.peekLast())) {
                    names.add(name);
                }
                afterName = true;
            } else {
                break;
            }
            while (!names.isEmpty() && !groups.isEmpty() && !votes.isEmpty()) {
                String name = names.poll();
                String group = groups.poll();
                String vote = votes.poll();
                if (!seen.add(PersonNames.key(name))) {
                    notes.add(name + " aparece dos veces en la lista" + (outside ? " (fuera del sistema electrónico)" : "") + ": se cuenta una vez");
                    continue;
                }
                lines.add(new Line(name, group.isEmpty() ? null : group, vote, outside));
            }
        }
        leftovers(names, groups, votes, outside);
        this.end = i;
    }

    /** The list whose heading is at {@code heading}. */
    static RollCallList at(List<String> tokens, int heading) {
        return new RollCallList(tokens, heading + 1);
    }

    static boolean isHeading(String token) {
        String plain = SpanishText.plain(token);
        return plain.contains("votacion registrada") && plain.contains("conforme al sistema electronico");
    }

    private void leftovers(Deque<String> names, Deque<String> groups, Deque<String> votes, boolean outside) {
        if (!names.isEmpty() && names.size() == votes.size() && groups.size() < names.size()) {
            // a column of names beside a column of votes, without groups: paired in order, the groups left unknown
            while (!names.isEmpty()) {
                String group = groups.poll();
                lines.add(new Line(names.poll(), group == null || group.isEmpty() ? null : group, votes.poll(), outside));
            }
        }
        if (!names.isEmpty() || !votes.isEmpty()) {
            notes.add("la lista" + (outside ? " de votos fuera del sistema electrónico" : "") + " deja " + names.size() + " nombre(s) sin voto "
                    + (names.isEmpty() ? "" : names) + " y " + votes.size() + " voto(s) sin nombre: no se adivina a quién corresponden");
        }
        names.clear();
        groups.clear();
        votes.clear();
    }

    /**
     * A piece with seven words or more besides particles is two names the page ran together ("RAMIREZ GARCIA MARIA DEL
     * CARMEN REYES VELAZQUEZ ALFREDO MARTIN"): split where both halves are names of three to five words, the second not
     * starting with a particle, the most even split first, and the second in the list's alphabetical order after the first.
     */
    private List<String> splitIfTwo(String token, String previous) {
        String[] words = token.split(" ");
        long significant = java.util.Arrays.stream(words).filter(w -> !PARTICLES.contains(w.toLowerCase(java.util.Locale.ROOT))).count();
        if (significant < 7) {
            return List.of(token);
        }
        String best = null;
        int bestBalance = Integer.MAX_VALUE;
        for (int cut = 1; cut < words.length; cut++) {
            String left = String.join(" ", java.util.Arrays.copyOfRange(words, 0, cut));
            String right = String.join(" ", java.util.Arrays.copyOfRange(words, cut, words.length));
            long l = significantWords(left);
            long r = significantWords(right);
            boolean particleAtCut = PARTICLES.contains(words[cut].toLowerCase(java.util.Locale.ROOT))
                    || PARTICLES.contains(words[cut - 1].toLowerCase(java.util.Locale.ROOT));
            boolean ordered = SpanishText.plain(right).compareTo(SpanishText.plain(left)) >= 0
                    && (previous == null || SpanishText.plain(left).compareTo(SpanishText.plain(previous)) >= 0);
            int balance = (int) Math.abs(l - r);
            if (l >= 3 && r >= 3 && l <= 5 && r <= 5 && !particleAtCut && ordered && balance < bestBalance) {
                best = left + "|" + right;
                bestBalance = balance;
            }
        }
        if (best == null) {
            return List.of(token);
        }
        String[] parts = best.split("\\|");
        notes.add("'" + token + "' son dos nombres en una línea: se leen como '" + parts[0] + "' y '" + parts[1] + "'");
        return List.of(parts[0], parts[1]);
    }

    private static long significantWords(String name) {
        return java.util.Arrays.stream(name.split(" ")).filter(w -> !PARTICLES.contains(w.toLowerCase(java.util.Locale.ROOT))).count();
    }

    private static boolean isName(String token) {
        String[] words = token.split(" ");
        if (words.length < 2) {
            return false;
        }
        for (String w : words) {
            if (!NAME_WORD.matcher(w).matches() && !PARTICLES.contains(w)) {
                return false;
            }
        }
        return true;
    }
}
