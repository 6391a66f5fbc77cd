package mx.parlamentoabierto.search.domain;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * A search of the archive: free text (quotes make phrases), filters, order and page (1-based).
 */
public record DocumentQuery(String text, Set<String> legislatures, Set<String> types, Optional<LocalDate> from,
        Optional<LocalDate> to, boolean sortByDate, int page, int size) {

    public static final int MAX_SIZE = 100;
    public static final int MAX_WINDOW = 10_000;
    /** Terms ending in {@code *} (prefix searches) a query may hold. */
    public static final int MAX_PREFIX_TERMS = 3;
    /** Characters a prefix search needs before its {@code *}: "a*" would expand to every word that starts with a. */
    public static final int MIN_PREFIX_LENGTH = 3;
    /** Words a query may hold. */
    public static final int MAX_TERMS = 32;

    public DocumentQuery {
        text = checkedText(text);
        legislatures = Set.copyOf(legislatures);
        types = Set.copyOf(types);
        checkWindow(page, size, 1, from, to);
    }

    /**
     * The page, size and dates every search of the portal takes: pages from 1, at most {@link #MAX_SIZE} a page and
     * {@link #MAX_WINDOW} results deep, the first date not after the last; the reason names the parameter.
     */
    public static void checkWindow(int page, int size, int minimumSize, Optional<LocalDate> from, Optional<LocalDate> to) {
        if (page < 1) {
            throw new IllegalArgumentException("page: empieza en 1");
        }
        if (size < minimumSize || size > MAX_SIZE) {
            throw new IllegalArgumentException("size: entre " + minimumSize + " y " + MAX_SIZE);
        }
        if ((long) page * size > MAX_WINDOW) {
            throw new IllegalArgumentException("page: no se puede pasar del resultado " + MAX_WINDOW + "; refine la búsqueda");
        }
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw new IllegalArgumentException("from: la fecha inicial es posterior a la final");
        }
    }

    /**
     * A query text as every search of the portal takes it (the archive's and the records'): stripped, at most 500
     * characters and {@link #MAX_TERMS} words, prefix terms limited; the reason names the parameter {@code q}.
     */
    public static String checkedText(String text) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.length() > 500) {
            throw new IllegalArgumentException("q: la búsqueda no puede pasar de 500 caracteres");
        }
        checkTerms(stripped);
        return stripped;
    }

    /** True when the query holds prefix terms: the searches that cost the engine the most (admitted apart). */
    public boolean expensive() {
        return hasPrefixTerms(text);
    }

    /** The same test on a raw query text, before it is validated (admission control). */
    public static boolean hasPrefixTerms(String text) {
        return text != null && text.indexOf('*') >= 0;
    }

    /** Words from which a query is costly on a large archive whatever its words are. */
    public static final int COSTLY_TERMS = 8;

    /**
     * Whether a raw query text is of a costly shape before it runs (admission control): prefixes ({@code con*}), many
     * words (each a posting list to merge and highlight), alternatives ({@code |}) or several phrases.
     */
    public static boolean isCostly(String text) {
        if (text == null) {
            return false;
        }
        long quotes = text.chars().filter(c -> c == '"').count();
        return hasPrefixTerms(text) || words(text).length >= COSTLY_TERMS || text.indexOf('|') >= 0 || quotes >= 4;
    }

    /** The words of the query text, operators and quotes aside. */
    private static String[] words(String text) {
        String spaced = text.replaceAll("[\"()|+~]", " ").strip();
        return spaced.isEmpty() ? new String[0] : spaced.split("\\s+");
    }

    private static void checkTerms(String text) {
        String[] words = words(text);
        if (words.length > MAX_TERMS) {
            throw new IllegalArgumentException("q: a lo más " + MAX_TERMS + " palabras por búsqueda (se recibieron " + words.length + ")");
        }
        int prefixes = 0;
        for (String word : words) {
            String bare = word.startsWith("-") ? word.substring(1) : word;
            int star = bare.indexOf('*');
            if (star < 0) {
                continue;
            }
            prefixes++;
            if (star != bare.length() - 1 || bare.indexOf('*') != bare.lastIndexOf('*')) {
                throw new IllegalArgumentException("q: el comodín (*) solo va al final de una palabra, como «transparen*»: '" + word + "'");
            }
            if (bare.codePointCount(0, star) < MIN_PREFIX_LENGTH) {
                throw new IllegalArgumentException("q: un comodín (*) necesita al menos " + MIN_PREFIX_LENGTH
                        + " letras antes, como «transparen*»: '" + word + "'");
            }
        }
        if (prefixes > MAX_PREFIX_TERMS) {
            throw new IllegalArgumentException("q: a lo más " + MAX_PREFIX_TERMS + " palabras con comodín (*) por búsqueda (se recibieron "
                    + prefixes + ")");
        }
    }
}
