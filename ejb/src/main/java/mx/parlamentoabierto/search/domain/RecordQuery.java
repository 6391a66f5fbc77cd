package mx.parlamentoabierto.search.domain;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * A search of vote events or legislators: the same free text as the archive's ({@link DocumentQuery#checkedText}),
 * the legislatures, the dates (vote events only: a legislator has no date) and a page (1-based).
 */
public record RecordQuery(String text, RecordKind kind, Set<String> legislatures, Optional<LocalDate> from, Optional<LocalDate> to,
        int page, int size) {

    public RecordQuery {
        text = DocumentQuery.checkedText(text);
        legislatures = Set.copyOf(legislatures);
        if (kind == RecordKind.DOCUMENT || kind == RecordKind.SPEECH) {
            throw new IllegalArgumentException("clase: los documentos se buscan con DocumentQuery y las intervenciones con SpeechQuery");
        }
        DocumentQuery.checkWindow(page, size, 0, from, to);
    }

    /** The same search for another kind of record, or only its count ({@code size} 0). */
    public RecordQuery of(RecordKind other, int otherSize) {
        return new RecordQuery(text, other, legislatures, from, to, 1, otherSize);
    }
}
