package mx.parlamentoabierto.search.domain;

import java.time.LocalDate;
import java.util.Map;

/**
 * A vote event as the search index holds it (derived from the database; the id is the vote event's). {@code counts}
 * holds the votes per option code ({@code yes}, {@code no}, {@code abstain}, …), every option present.
 */
public record IndexedVoteEvent(String id, String legislatureId, String termId, String identifier, LocalDate date, String title,
        String period, String result, Map<String, Integer> counts, boolean countsAgree) {

    public IndexedVoteEvent {
        counts = Map.copyOf(counts);
    }
}
