package mx.parlamentoabierto.scrapers.spi;

import java.util.Set;

/**
 * A total the source prints beside its list ("A favor: 103"), for one group or for everyone (group null), with the
 * set of options it covers: the site's "Ausentes" covers absent and excused, its "Total" every option. The scraper
 * checks each one against the votes listed beside it.
 */
public record DeclaredCount(String group, String label, Set<String> options, int value) {

    public DeclaredCount {
        options = Set.copyOf(options);
        if (value < 0) {
            throw new IllegalArgumentException("a count cannot be negative: " + label + " = " + value);
        }
        if (!VoteOptions.ALL.containsAll(options)) {
            throw new IllegalArgumentException("unknown options in " + options);
        }
    }

    /** How many of these votes (the list the count was printed beside) fall under it. */
    public int tally(java.util.List<ScrapedVote> votes) {
        return (int) votes.stream().filter(v -> options.contains(v.option())).count();
    }
}
