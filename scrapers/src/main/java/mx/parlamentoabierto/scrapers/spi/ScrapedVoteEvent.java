package mx.parlamentoabierto.scrapers.spi;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One roll call: the motion's title, its date, the term it belongs to, every voter's line, the totals the source
 * prints, and the notes the scraper made while reading (a header that contradicts the page, a reconstructed address).
 *
 * @param identifier the source's number or key for this vote within the term (SITL's {@code votaciont}), never blank
 * @param countProblems each printed total the listed votes do not add up to, in words ("PAN, A favor: la página dice 103, las filas suman 102")
 * @param groupNames the full name of each group key the votes use (PAN → Partido Acción Nacional), as far as the scraper knows it
 */
public record ScrapedVoteEvent(String legislatureId, String term, String identifier, LocalDate date, String title, String period,
        List<ScrapedVote> votes, List<DeclaredCount> declaredCounts, Map<String, String> groupNames, List<String> countProblems, List<String> notes,
        Provenance provenance)
        implements ScrapedRecord {

    public ScrapedVoteEvent {
        Objects.requireNonNull(legislatureId, "legislatureId");
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(provenance, "provenance");
        votes = List.copyOf(votes);
        declaredCounts = List.copyOf(declaredCounts);
        groupNames = Map.copyOf(groupNames);
        countProblems = List.copyOf(countProblems);
        notes = List.copyOf(notes);
    }

    @Override
    public RecordKind kind() {
        return RecordKind.VOTE;
    }

    @Override
    public String dedupeKey() {
        return (term == null ? "" : term + ":") + identifier;
    }

    /** True when every printed total matches the listed votes. */
    public boolean countsAgree() {
        return countProblems.isEmpty();
    }
}
