package mx.parlamentoabierto.search.domain;

import java.time.LocalDate;

/** A speech as the search index holds it (derived from the database; the id is the speech's). */
public record IndexedSpeech(String id, String debateId, int position, String legislatureId, String termId, LocalDate date, String personId,
        String speakerName, String groupId, String groupName, String role, String heading, String headingCategory, String text, int words) {
}
