package mx.parlamentoabierto.scrapers.debates;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mx.parlamentoabierto.scrapers.spi.SpeakerRole;
import mx.parlamentoabierto.spanish.SpanishText;

/**
 * A speaker's label as transcripts print it before the colon: an article, an office or condition ("Presidenta",
 * "Secretario", "diputado", "senadora", "ciudadana", "Secretario de Gobernación"), a chamber word for officers ("diputada"),
 * the name (may be absent: "El Presidente:"), and parentheses: "(desde la curul)", "(11:24 horas)".
 *
 * @param office the office word normalised (presidente, presidenta, vicepresidente, secretaria, diputado…); for a guest, the title as printed
 */
public record SpeakerLabel(String label, SpeakerRole role, String office, String chamber, String name, boolean fromSeat, String timeMark) {

    private static final Set<String> ARTICLES = Set.of("el", "la", "los", "las");
    private static final Set<String> PRESIDING = Set.of("presidente", "presidenta", "presienta", "vicepresidente", "vicepresidenta");
    private static final Set<String> SECRETARIES = Set.of("secretario", "secretaria");
    private static final Set<String> DEPUTIES = Set.of("diputado", "diputada", "legislador", "legisladora");
    private static final Set<String> SENATORS = Set.of("senador", "senadora");
    private static final Set<String> CITIZENS = Set.of("ciudadano", "ciudadana", "c.");
    private static final Pattern PARENTHESIS = Pattern.compile("\\(([^()]*)\\)");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:.](\\d{2})\\s*(?:horas|hrs\\.?|h)?", Pattern.CASE_INSENSITIVE);
    /** Longest label taken for one: longer is a sentence that happens to hold a colon. */
    static final int LONGEST = 220;

    /** The label read, or empty when the text is not a speaker's label (a sentence, a heading). */
    public static Optional<SpeakerLabel> read(String printed) {
        String label = printed.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
        if (label.endsWith(":")) {
            label = label.substring(0, label.length() - 1).strip();
        }
        if (label.isEmpty() || label.length() > LONGEST) {
            return Optional.empty();
        }
        boolean fromSeat = false;
        String time = null;
        Matcher p = PARENTHESIS.matcher(label);
        while (p.find()) {
            String inside = SpanishText.plain(p.group(1));
            Matcher t = TIME.matcher(p.group(1));
            if (inside.contains("curul") || inside.contains("escano") || inside.contains("lugar")) {
                fromSeat = true;
            } else if (t.find()) {
                time = String.format("%02d:%s", Integer.parseInt(t.group(1)), t.group(2));
            }
        }
        String bare = PARENTHESIS.matcher(label).replaceAll(" ").replaceAll("[,;]", " ").replaceAll("\\s+", " ").strip();
        List<String> words = new ArrayList<>(List.of(bare.split(" ")));
        if (words.isEmpty() || words.get(0).isEmpty()) {
            return Optional.empty();
        }
        String first = SpanishText.plain(words.get(0));
        boolean collective = first.equals("los") || first.equals("las");
        if (ARTICLES.contains(first)) {
            words.remove(0);
        }
        if (words.isEmpty()) {
            return Optional.empty();
        }
        String office = SpanishText.plain(words.get(0));
        if (collective) {
            return Optional.of(new SpeakerLabel(label, SpeakerRole.COLLECTIVE, office, null, null, fromSeat, time));
        }
        if (PRESIDING.contains(office) || SECRETARIES.contains(office) && !(words.size() > 1 && isConnector(words.get(1)))) {
            words.remove(0);
            String chamber = null;
            if (!words.isEmpty() && (DEPUTIES.contains(SpanishText.plain(words.get(0))) || SENATORS.contains(SpanishText.plain(words.get(0))))) {
                chamber = SENATORS.contains(SpanishText.plain(words.remove(0))) ? "senado" : "diputados";
            }
            String name = name(words);
            if (name != null && !looksLikeName(name)) {
                return Optional.empty();
            }
            SpeakerRole role = PRESIDING.contains(office) ? SpeakerRole.PRESIDING : SpeakerRole.SECRETARY;
            return Optional.of(new SpeakerLabel(label, role, office.equals("presienta") ? "presidenta" : office, chamber, name, fromSeat, time));
        }
        if (DEPUTIES.contains(office) || SENATORS.contains(office)) {
            words.remove(0);
            String name = name(words);
            if (name == null || !looksLikeName(name)) {
                return Optional.empty();
            }
            if (Character.isLowerCase(name.codePointAt(0)) && !name.startsWith("de")) {
                // "La legisladora infantil Briseida Nava Cuate": a guest of the chamber, not one of its members
                return Optional.of(new SpeakerLabel(label, SpeakerRole.GUEST, office + " " + name.split(" ")[0], null, name.substring(name.indexOf(' ') + 1),
                        fromSeat, time));
            }
            return Optional.of(new SpeakerLabel(label, SpeakerRole.LEGISLATOR, office, SENATORS.contains(office) ? "senado" : "diputados", name,
                    fromSeat, time));
        }
        if (CITIZENS.contains(office)) {
            words.remove(0);
            String name = name(words);
            return name == null || !looksLikeName(name) ? Optional.empty()
                    : Optional.of(new SpeakerLabel(label, SpeakerRole.GUEST, office, null, name, fromSeat, time));
        }
        // a guest with a title: "El Secretario de Gobernación Juan Camilo Mouriño Terrazo", "El Procurador General de la República …"
        if (words.size() < 3 || !Character.isUpperCase(words.get(0).codePointAt(0)) || !looksLikeName(bare)) {
            return Optional.empty();
        }
        return Optional.of(new SpeakerLabel(label, SpeakerRole.GUEST, String.join(" ", words), null, String.join(" ", words), fromSeat, time));
    }

    private static boolean isConnector(String word) {
        String w = SpanishText.plain(word);
        return w.equals("de") || w.equals("del");
    }

    private static String name(List<String> words) {
        String name = String.join(" ", words).strip();
        return name.isEmpty() ? null : name;
    }

    /**
     * A name is a few words, most capitalised, no sentence punctuation and no digits: "Francisco Alfonso Durazo Montaño",
     * "José Manuel del Río Virgen". "Se informa a la Presidencia que existen 294" is not.
     */
    static boolean looksLikeName(String text) {
        String[] words = text.split(" ");
        if (words.length > 12 || text.matches(".*[0-9¿?¡!\"“”].*")) {
            return false;
        }
        int capitalised = 0;
        for (String w : words) {
            if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) {
                capitalised++;
            }
        }
        return capitalised * 2 >= words.length;
    }
}
