package mx.parlamentoabierto.document.interfaces.web;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A long extracted text cut into pages a browser shows at once, with the words of a search marked the way the search
 * found them: accents and case ignored, and a word's Spanish forms (plural, "-ción"/"-ciones") matched by their common
 * stem. Pages end at a line or word break near {@link #PAGE_CHARACTERS}. Pure: the page builds the marks from the
 * segments, every character of the text goes out escaped.
 */
public final class MarkedText {

    /** Characters per page: ~20 KB of HTML, a few screens of reading. */
    public static final int PAGE_CHARACTERS = 20_000;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** A run of the text, marked or not; {@code match} numbers the marked ones on the page from 1. */
    public record Segment(String text, int match) {
        public boolean marked() {
            return match > 0;
        }
    }

    private final String text;
    private final List<Integer> pageStarts = new ArrayList<>();
    private final List<String> stems;
    /** Marks per page, counted once over the whole text (a page asks for them once per mark it shows). */
    private int[] perPage;
    private final int shortestStem;

    public MarkedText(String text, String query) {
        this.text = text == null ? "" : text;
        this.stems = stems(query);
        this.shortestStem = stems.stream().mapToInt(String::length).min().orElse(Integer.MAX_VALUE);
        int start = 0;
        pageStarts.add(0);
        while (this.text.length() - start > PAGE_CHARACTERS) {
            int end = breakNear(start + PAGE_CHARACTERS);
            pageStarts.add(end);
            start = end;
        }
    }

    /** A break at most 1,000 characters before {@code at}: a line end if there is one, else a space, else {@code at}. */
    private int breakNear(int at) {
        int floor = Math.max(at - 1_000, 1);
        int line = text.lastIndexOf('\n', at);
        if (line >= floor) {
            return line + 1;
        }
        int space = text.lastIndexOf(' ', at);
        return space >= floor ? space + 1 : at;
    }

    public int pages() {
        return pageStarts.size();
    }

    /** Page {@code n} (1-based, clamped) as segments. */
    public List<Segment> page(int n) {
        int p = Math.max(1, Math.min(pages(), n));
        int start = pageStarts.get(p - 1);
        int end = p < pages() ? pageStarts.get(p) : text.length();
        return segments(start, end);
    }

    /** Marked words on each page (1-based index → count), to point to the pages that have them. */
    public int[] matchesPerPage() {
        if (perPage == null) {
            perPage = countMatchesPerPage();
        }
        return perPage;
    }

    private int[] countMatchesPerPage() {
        int[] counts = new int[pages()];
        if (stems.isEmpty()) {
            return counts;
        }
        Matcher m = WORD.matcher(text);
        int page = 0;
        while (m.find()) {
            while (page + 1 < pages() && m.start() >= pageStarts.get(page + 1)) {
                page++;
            }
            if (matches(m.group())) {
                counts[page]++;
            }
        }
        return counts;
    }

    private List<Segment> segments(int start, int end) {
        List<Segment> out = new ArrayList<>();
        if (stems.isEmpty()) {
            out.add(new Segment(text.substring(start, end), 0));
            return out;
        }
        Matcher m = WORD.matcher(text).region(start, end);
        int at = start;
        int number = 0;
        while (m.find()) {
            if (matches(m.group())) {
                if (m.start() > at) {
                    out.add(new Segment(text.substring(at, m.start()), 0));
                }
                out.add(new Segment(m.group(), ++number));
                at = m.end();
            }
        }
        if (at < end) {
            out.add(new Segment(text.substring(at, end), 0));
        }
        return out;
    }

    private boolean matches(String word) {
        if (word.length() < shortestStem) {
            return false; // most words of a text are shorter than any stem: no folding for them
        }
        String folded = fold(word);
        for (String stem : stems) {
            if (folded.startsWith(stem) && folded.length() <= stem.length() + 7) {
                return true;
            }
        }
        return false;
    }

    /** The stems of a query's words: operators, quotes and wildcards dropped, words under three letters ignored. */
    static List<String> stems(String query) {
        Set<String> out = new LinkedHashSet<>();
        if (query == null) {
            return List.of();
        }
        Matcher m = WORD.matcher(query);
        while (m.find()) {
            int before = m.start() - 1;
            if (before >= 0 && query.charAt(before) == '-' && (before == 0 || Character.isWhitespace(query.charAt(before - 1)))) {
                continue; // an excluded word is not marked
            }
            String folded = fold(m.group());
            if (folded.length() >= 3) {
                out.add(stem(folded));
            }
        }
        return List.copyOf(out);
    }

    /** A light Spanish stem: the plural and the most common derivational endings removed, never below four letters. */
    static String stem(String folded) {
        for (String ending : List.of("aciones", "iciones", "ciones", "acion", "icion", "cion", "mente", "es", "s", "a", "o", "e")) {
            if (folded.endsWith(ending) && folded.length() - ending.length() >= 4) {
                return folded.substring(0, folded.length() - ending.length());
            }
        }
        return folded;
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** Lower case without accents (ñ kept apart from n would not help a reader; it is folded too). */
    static String fold(String word) {
        boolean ascii = true;
        for (int i = 0; i < word.length() && ascii; i++) {
            ascii = word.charAt(i) < 0x80;
        }
        if (ascii) {
            return word.toLowerCase(Locale.ROOT);
        }
        return MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
