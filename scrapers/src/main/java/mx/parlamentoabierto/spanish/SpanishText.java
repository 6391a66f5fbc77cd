package mx.parlamentoabierto.spanish;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Spanish text reduced for comparison: accents and case dropped ("Nuevo León" → "nuevo leon"). */
public final class SpanishText {

    private SpanishText() {
    }

    /** Lower case without accents (ñ becomes n). */
    public static String plain(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    /** The plain words: letters and digits only, every other character a separator. */
    public static List<String> plainWords(String text) {
        return Arrays.stream(plain(text).split("[^a-z0-9]+")).filter(w -> !w.isEmpty()).toList();
    }

    /**
     * The words a reader would count: runs of characters between spaces that hold at least one letter or digit (a dash
     * or an ellipsis standing alone is not a word; "México," and "3o." are).
     */
    public static int wordCount(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        int words = 0;
        for (String token : text.strip().split("\\s+")) {
            if (token.codePoints().anyMatch(Character::isLetterOrDigit)) {
                words++;
            }
        }
        return words;
    }
}
