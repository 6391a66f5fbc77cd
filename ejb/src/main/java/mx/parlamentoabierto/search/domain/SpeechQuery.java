package mx.parlamentoabierto.search.domain;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * A search of speeches: the archive's free-text syntax ({@link DocumentQuery#checkedText}), the legislatures, and the
 * speaker (person), group, role, term and dates; a page (1-based).
 */
public record SpeechQuery(String text, Set<String> legislatures, Optional<String> personId, Optional<String> groupId, Optional<String> role,
        Optional<String> termId, Optional<LocalDate> from, Optional<LocalDate> to, int page, int size) {

    public SpeechQuery {
        text = DocumentQuery.checkedText(text);
        legislatures = Set.copyOf(legislatures);
        DocumentQuery.checkWindow(page, size, 0, from, to);
    }
}
