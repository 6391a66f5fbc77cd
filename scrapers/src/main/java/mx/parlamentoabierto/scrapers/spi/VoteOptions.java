package mx.parlamentoabierto.scrapers.spi;

import java.util.Set;

/**
 * The vote options every source is classified into (Popolo's words, with the distinctions legislatures make): a voter
 * who was excused is never counted as absent, and "present only" (the Mexican "sólo asistencia" / quórum) is neither.
 */
public final class VoteOptions {

    public static final String YES = "yes";
    public static final String NO = "no";
    public static final String ABSTAIN = "abstain";
    public static final String ABSENT = "absent";
    public static final String EXCUSED = "excused";
    public static final String NOT_VOTING = "not voting";
    public static final String PRESENT = "present";
    public static final String PAIRED = "paired";
    public static final String OTHER = "other";

    public static final Set<String> ALL = Set.of(YES, NO, ABSTAIN, ABSENT, EXCUSED, NOT_VOTING, PRESENT, PAIRED, OTHER);

    private VoteOptions() {
    }
}
