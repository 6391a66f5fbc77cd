package mx.parlamentoabierto.search.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A page of vote events or legislators found, the total, and the legislature and year facets (the year facet is
 * empty for legislators). Titles and names are HTML-escaped with matches inside {@code <mark>}.
 */
public record RecordSearchResult(RecordKind kind, long total, List<Hit> hits, Map<String, Long> legislatureFacet,
        Map<String, Long> yearFacet) {

    /**
     * One hit. For a vote event: {@code title} is its title, {@code date} its date, {@code detail} its result and
     * {@code counts} the votes per option code. For a legislator: {@code title} is the name, {@code detail} the group
     * and {@code place} the district or region with the state.
     */
    public record Hit(String id, String legislatureId, String termId, String title, LocalDate date, String detail, String place,
            String image, Map<String, Integer> counts) {
    }
}
