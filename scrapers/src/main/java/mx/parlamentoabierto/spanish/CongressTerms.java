package mx.parlamentoabierto.spanish;

import java.time.LocalDate;

/**
 * The legislatures of the Mexican Congress by number: the N-th sits from 1 September of 1997 + 3(N − 57) for three
 * years (LVII from 1997, LX from 2006, LXIV from 2018), its id the Roman numeral ({@link RomanNumerals}).
 */
public final class CongressTerms {

    private CongressTerms() {
    }

    public static String id(int number) {
        return RomanNumerals.of(number);
    }

    public static LocalDate start(int number) {
        return LocalDate.of(1997 + 3 * (number - 57), 9, 1);
    }

    public static LocalDate end(int number) {
        return start(number + 1).minusDays(1);
    }

    /** The number of the legislature sitting on the date. */
    public static int containing(LocalDate date) {
        int n = 57 + Math.floorDiv(date.getYear() - 1997, 3);
        while (date.isBefore(start(n))) {
            n--;
        }
        while (date.isAfter(end(n))) {
            n++;
        }
        return n;
    }
}
