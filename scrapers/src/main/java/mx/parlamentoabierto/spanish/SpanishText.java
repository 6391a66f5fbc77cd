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
}
