package mx.parlamentoabierto.search.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Hits of a page with their highlighted fragments, the total, and facet counts that honour the other filters. */
public record DocumentSearchResult(long total, List<Hit> hits, Map<String, Long> legislatureFacet, Map<String, Long> typeFacet,
        Map<String, Long> yearFacet) {

    /** One hit; fragments are HTML-escaped with matches inside {@code <mark>}. */
    public record Hit(long documentId, String title, String legislatureId, String legislatureName, String type, LocalDate date,
            String identifier, List<String> fragments, double score) {
    }
}
