package mx.parlamentoabierto.search.infrastructure;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a document's text into the passages the index holds as the values of its {@code text} field, each at
 * most {@link #MAX_CHARACTERS} long, cut at a paragraph break where there is one, else at a line break, else
 * at a space.
 *
 * <p>Why: the unified highlighter finds each fragment's sentence bounds with the JDK's sentence
 * {@code BreakIterator}, whose {@code preceding()} walks back over the whole value it was given; on one
 * 300,000-character value every highlighted hit cost ~9 ms of the node's CPU, on passages of 4,000 characters
 * ~1.5 ms (measured; docs/decisions/0013-long-documents-and-expensive-searches.md). Fragments never span two
 * passages, and a phrase does not match across a passage boundary (Elasticsearch's position gap between
 * values), which is why the cuts prefer paragraph and line breaks.
 */
public final class TextPassages {

    public static final int MAX_CHARACTERS = 4_000;

    private TextPassages() {
    }

    public static List<String> split(String text) {
        return split(text, MAX_CHARACTERS);
    }

    static List<String> split(String text, int max) {
        List<String> passages = new ArrayList<>(text.length() / max + 1);
        int start = 0;
        int length = text.length();
        while (start < length) {
            int end = Math.min(length, start + max);
            if (end < length) {
                end = cut(text, start, end);
            }
            // never split a surrogate pair
            if (end < length && end > start + 1 && Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
            passages.add(text.substring(start, end));
            start = end;
        }
        return passages;
    }

    /** The end of the passage that starts at {@code start} and may not pass {@code limit}. */
    private static int cut(String text, int start, int limit) {
        int minimum = start + (limit - start) / 2;
        int paragraph = text.lastIndexOf("\n\n", limit - 2);
        if (paragraph >= minimum) {
            return paragraph + 2;
        }
        int line = text.lastIndexOf('\n', limit - 1);
        if (line >= minimum) {
            return line + 1;
        }
        int space = text.lastIndexOf(' ', limit - 1);
        if (space >= minimum) {
            return space + 1;
        }
        return limit;
    }
}
