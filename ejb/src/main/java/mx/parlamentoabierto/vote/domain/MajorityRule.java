package mx.parlamentoabierto.vote.domain;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A majority a roll call needs, from {@code config/majorities/}: to which votes it applies (title patterns and
 * legislatures; none of either means every one) and its threshold — more than {@code numerator/denominator} of the
 * votes for and against ({@code yes_no}, strictly or not), or at least that share of those present ({@code present}).
 */
public record MajorityRule(String id, String name, List<Pattern> titles, Set<String> legislatures, Base base, int numerator, int denominator,
        boolean strict, String basis) {

    /** What the share is taken of. */
    public enum Base { YES_NO, PRESENT }

    public MajorityRule {
        if (numerator < 1 || denominator < 1 || numerator > denominator) {
            throw new IllegalArgumentException("0 < numerator ≤ denominator");
        }
        titles = List.copyOf(titles);
        legislatures = Set.copyOf(legislatures);
    }

    public boolean appliesTo(String legislatureId, String title) {
        return (legislatures.isEmpty() || legislatures.contains(legislatureId))
                && (titles.isEmpty() || titles.stream().anyMatch(p -> p.matcher(title == null ? "" : title).find()));
    }

    /** True when the tally reaches this majority. */
    public boolean passes(Tally tally) {
        int yes = tally.of(VoteOption.YES);
        long base = switch (this.base) {
            case YES_NO -> yes + tally.of(VoteOption.NO);
            case PRESENT -> tally.present();
        };
        if (base == 0) {
            return false;
        }
        long left = (long) yes * denominator;
        long right = base * numerator;
        return strict ? left > right : left >= right;
    }
}
