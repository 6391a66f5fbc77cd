package mx.parlamentoabierto.scrapers.jurisdictions.senado;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mx.parlamentoabierto.scrapers.spi.DeclaredCount;
import mx.parlamentoabierto.scrapers.spi.VoteOptions;
import mx.parlamentoabierto.spanish.SpanishText;

/**
 * The result the Secretaría announces after a roll call, in its own words: "se emitieron 78 votos a favor y uno en
 * contra", "se recibieron 78 votos a favor del proyecto de dictamen, no hay votos en contra", "A favor 50, en contra
 * 51 y 1 abstención". When it is said twice (a count repeated or corrected) the last one counts. A figure the
 * Secretaría does not say is not declared.
 */
record AnnouncedResult(Integer yes, Integer no, Integer abstain) {

    /** How far after a list the announcement is looked for (speakers' pieces), and never past the next list. */
    private static final int WINDOW = 14;
    private static final String NUMBER = "(?<![a-z0-9])(\\d+|un[oa]?|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|ningun[oa]?|cero)";
    private static final Pattern YES = Pattern.compile(NUMBER + "\\s+votos?\\s+(?:a favor|en pro|por la afirmativa)|(?:a favor|en pro)\\s*,?\\s*(\\d+)");
    private static final Pattern NO = Pattern.compile(NUMBER + "\\s+(?:votos?\\s+)?en contra|en contra\\s*,?\\s*(\\d+)|(no hay|ningun) votos? en contra");
    private static final Pattern ABSTAIN = Pattern.compile(NUMBER + "\\s+abstenci|abstenciones?\\s*,?\\s*(\\d+)");
    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("un", 1), Map.entry("uno", 1), Map.entry("una", 1),
            Map.entry("dos", 2), Map.entry("tres", 3), Map.entry("cuatro", 4), Map.entry("cinco", 5), Map.entry("seis", 6), Map.entry("siete", 7),
            Map.entry("ocho", 8), Map.entry("nueve", 9), Map.entry("diez", 10), Map.entry("ningun", 0), Map.entry("ninguno", 0),
            Map.entry("ninguna", 0), Map.entry("cero", 0));

    static Optional<AnnouncedResult> after(List<String> tokens, int from) {
        AnnouncedResult found = null;
        for (int i = from; i < Math.min(tokens.size(), from + WINDOW); i++) {
            if (RollCallList.isHeading(tokens.get(i))) {
                break;
            }
            String plain = SpanishText.plain(tokens.get(i)).replaceAll("\\s+", " ");
            Integer yes = figure(YES, plain);
            if (yes == null) {
                continue;
            }
            found = new AnnouncedResult(yes, figure(NO, plain), figure(ABSTAIN, plain));
        }
        return Optional.ofNullable(found);
    }

    private static Integer figure(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        Integer value = null;
        while (m.find()) {
            if (m.groupCount() >= 3 && m.group(3) != null) {
                value = 0;
                continue;
            }
            String n = m.group(1) != null ? m.group(1) : m.group(2);
            value = n.chars().allMatch(Character::isDigit) ? Integer.valueOf(n) : WORDS.get(n);
        }
        return value;
    }

    /** The figures as declared counts of the whole chamber. */
    List<DeclaredCount> counts() {
        List<DeclaredCount> counts = new ArrayList<>();
        counts.add(new DeclaredCount(null, "A favor", Set.of(VoteOptions.YES), yes));
        if (no != null) {
            counts.add(new DeclaredCount(null, "En contra", Set.of(VoteOptions.NO), no));
        }
        if (abstain != null) {
            counts.add(new DeclaredCount(null, "Abstención", Set.of(VoteOptions.ABSTAIN), abstain));
        }
        return counts;
    }
}
