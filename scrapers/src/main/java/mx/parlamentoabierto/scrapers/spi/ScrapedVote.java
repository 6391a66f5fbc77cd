package mx.parlamentoabierto.scrapers.spi;

import java.util.Objects;

/**
 * One voter's line of a roll call, as the source lists it.
 *
 * @param position       the line's number on the page (1-based, in source order)
 * @param name           the voter's name exactly as printed (often the sort name: surnames first)
 * @param sourceVoterId  the source's own id of the voter (SITL's {@code iddipt}), or null
 * @param option         the Popolo option ({@link VoteOptions}): yes, no, abstain, absent, excused, not voting, present, paired, other
 * @param rawOption      the source's own words for it ("Sólo asistencia"), kept so nothing is lost in classification
 * @param group          the voter's parliamentary group as the source names it (e.g. PAN), or null when the page does not say
 */
public record ScrapedVote(int position, String name, String sourceVoterId, String option, String rawOption, String group) {

    public ScrapedVote {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a vote needs the voter's name");
        }
        if (!VoteOptions.ALL.contains(option)) {
            throw new IllegalArgumentException("unknown vote option '" + option + "'");
        }
    }
}
