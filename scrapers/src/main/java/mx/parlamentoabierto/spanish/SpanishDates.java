package mx.parlamentoabierto.spanish;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as Mexican congresses print them: {@code 27-Septiembre-2012}, {@code 27/09/2012}, {@code Feb 10, 2005} (the
 * Senado's Diario, which also writes August "Ags"), {@code jueves 27 de
 * septiembre de 2012}, {@code 1o. de octubre de 2012}, and ISO {@code 2012-09-27}. Anything else is empty, never a guess.
 */
public final class SpanishDates {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("enero", 1), Map.entry("febrero", 2),
            Map.entry("marzo", 3), Map.entry("abril", 4), Map.entry("mayo", 5), Map.entry("junio", 6), Map.entry("julio", 7),
            Map.entry("agosto", 8), Map.entry("septiembre", 9), Map.entry("setiembre", 9), Map.entry("octubre", 10),
            Map.entry("noviembre", 11), Map.entry("diciembre", 12), Map.entry("ene", 1), Map.entry("feb", 2), Map.entry("mar", 3),
            Map.entry("abr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("ago", 8),
            Map.entry("ags", 8), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dic", 12));

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    /** "Feb 10, 2005", "Ags 31, 2004": the Senado's Diario headers, month first. */
    private static final Pattern MONTH_FIRST = Pattern.compile("\\b([a-z]{3,10})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
    private static final Pattern WORDS = Pattern.compile("(\\d{1,2})\\s*(?:o\\.?|º)?\\s*(?:-|de\\s+|\\s)\\s*([a-z]+)\\.?\\s*(?:-|de(?:l)?\\s+|\\s)\\s*(\\d{4})");

    private SpanishDates() {
    }

    /** The first date found in the text. */
    public static Optional<LocalDate> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String plain = SpanishText.plain(text);
        Matcher words = WORDS.matcher(plain);
        while (words.find()) {
            Integer month = MONTHS.get(words.group(2));
            if (month != null) {
                Optional<LocalDate> date = date(words.group(3), month, words.group(1));
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        Matcher monthFirst = MONTH_FIRST.matcher(plain);
        while (monthFirst.find()) {
            Integer month = MONTHS.get(monthFirst.group(1));
            if (month != null) {
                Optional<LocalDate> date = date(monthFirst.group(3), month, monthFirst.group(2));
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        Matcher iso = ISO.matcher(plain);
        if (iso.find()) {
            return date(iso.group(1), Integer.parseInt(iso.group(2)), iso.group(3));
        }
        Matcher numeric = NUMERIC.matcher(plain);
        if (numeric.find()) {
            return date(numeric.group(3), Integer.parseInt(numeric.group(2)), numeric.group(1));
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> date(String year, int month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
