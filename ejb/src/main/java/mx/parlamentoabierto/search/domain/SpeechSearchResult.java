package mx.parlamentoabierto.search.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A page of speeches found, the total, and the speaker and group facets. Passages are HTML-escaped with the matches
 * inside {@code <mark>}.
 */
public record SpeechSearchResult(long total, List<Hit> hits, Map<String, Long> groupFacet, Map<String, Long> roleFacet) {

    public record Hit(String speechId, String debateId, int position, String legislatureId, String termId, LocalDate date, String personId,
            String speakerName, String groupName, String role, String heading, List<String> passages, int words) {
    }
}
