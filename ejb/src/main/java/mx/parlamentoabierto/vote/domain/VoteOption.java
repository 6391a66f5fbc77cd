package mx.parlamentoabierto.vote.domain;

import java.util.Locale;
import java.util.Optional;

import mx.parlamentoabierto.scrapers.spi.VoteOptions;
import mx.parlamentoabierto.spanish.SpanishVoteOptions;

/**
 * How a member's vote is recorded, keeping every source's distinctions (Popolo's words in {@link #popolo()}).
 * Attendance counts everyone who was there (yes, no, abstain, present only, not voting, paired); {@code excused} is
 * never counted as absent.
 */
public enum VoteOption {
    YES(VoteOptions.YES, "A favor", "Yes", true),
    NO(VoteOptions.NO, "En contra", "No", true),
    ABSTAIN(VoteOptions.ABSTAIN, "Abstención", "Abstain", true),
    ABSENT(VoteOptions.ABSENT, "Ausente", "Absent", false),
    EXCUSED(VoteOptions.EXCUSED, "Inasistencia justificada", "Excused", false),
    NOT_VOTING(VoteOptions.NOT_VOTING, "No votó", "Not voting", true),
    PRESENT(VoteOptions.PRESENT, "Sólo asistencia", "Present only", true),
    PAIRED(VoteOptions.PAIRED, "Pareado", "Paired", true),
    OTHER(VoteOptions.OTHER, "Otro", "Other", true);

    private final String popolo;
    private final String spanishName;
    private final String englishName;
    private final boolean present;

    VoteOption(String popolo, String spanishName, String englishName, boolean present) {
        this.popolo = popolo;
        this.spanishName = spanishName;
        this.englishName = englishName;
        this.present = present;
    }

    public String popolo() {
        return popolo;
    }

    public String spanishName() {
        return spanishName;
    }

    public String englishName() {
        return englishName;
    }

    /** True when the member was in the chamber for this vote. */
    public boolean present() {
        return present;
    }

    /** The code used in URLs and the API (the Popolo word with an underscore: {@code not_voting}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<VoteOption> fromPopolo(String word) {
        if (word == null) {
            return Optional.empty();
        }
        String w = word.strip().toLowerCase(Locale.ROOT).replace('_', ' ');
        for (VoteOption option : values()) {
            if (option.popolo.equals(w)) {
                return Optional.of(option);
            }
        }
        return Optional.empty();
    }

    /** A Popolo word, a code, or the Spanish words a roll call prints ("A favor", "Sólo asistencia"). */
    public static Optional<VoteOption> parse(String text) {
        return fromPopolo(text).or(() -> SpanishVoteOptions.classify(text).flatMap(VoteOption::fromPopolo));
    }
}
