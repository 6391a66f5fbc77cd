package mx.parlamentoabierto.spanish;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Legislative terms are numbered in Roman numerals (the LXII Legislatura is the 62nd): both ways, validated. */
public final class RomanNumerals {

    private static final Pattern ROMAN = Pattern.compile("M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})");
    private static final int[] VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] SYMBOLS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

    private RomanNumerals() {
    }

    public static String of(int number) {
        if (number < 1 || number > 3999) {
            throw new IllegalArgumentException("no Roman numeral for " + number);
        }
        StringBuilder roman = new StringBuilder();
        int rest = number;
        for (int i = 0; i < VALUES.length; i++) {
            while (rest >= VALUES[i]) {
                roman.append(SYMBOLS[i]);
                rest -= VALUES[i];
            }
        }
        return roman.toString();
    }

    /** The number of a Roman numeral, or empty when the text is not one. */
    public static Optional<Integer> value(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String roman = text.strip().toUpperCase(Locale.ROOT);
        if (!ROMAN.matcher(roman).matches()) {
            return Optional.empty();
        }
        int total = 0;
        int i = 0;
        for (int s = 0; s < SYMBOLS.length; s++) {
            while (roman.startsWith(SYMBOLS[s], i)) {
                total += VALUES[s];
                i += SYMBOLS[s].length();
            }
        }
        return Optional.of(total);
    }
}
