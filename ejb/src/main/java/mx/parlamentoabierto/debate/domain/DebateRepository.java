package mx.parlamentoabierto.debate.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where debates and their speeches are kept; runs inside the caller's unit of work. */
public interface DebateRepository {

    Optional<Debate> debate(String id);

    void add(Debate debate);

    /** The speeches of a debate replaced by these (the source in use changed, or was read again). */
    void replaceSpeeches(String debateId, List<Speech> speeches);

    /** Records a publication of the sitting (kept even when another one's speeches are in use). */
    void recordSource(String debateId, String sourceKind, String sourceUrl, Long documentId, String sha256, Instant retrievedAt);

    List<SourceRecord> sourcesOf(String debateId);

    List<Speech> speechesOf(String debateId);

    /** Speeches matching the filters, newest sitting first, then in order; stage directions left out. */
    Page<Speech> speeches(SpeechFilter filter, int offset, int limit);

    /** The chamber's speeches whose speaker no single person of the term matched (a roster imported later may have them). */
    List<Speech> unattributed(String legislatureId);

    /** Attributes a stored speech to a person. */
    void attribute(String debateId, int position, String personId, String matchMethod, String groupId);

    /** The debate's attributed words counted again, and its import time moved (the search index follows it). */
    void recount(String debateId, Instant at);

    /** The speech in which the result of that roll call was announced, if a transcript holds it. */
    Optional<Speech> announcing(String voteEventId);

    /** Count, words, first and latest date of a person's speeches. */
    PersonSummary summaryOf(String personId);

    List<Speech> speeches(Collection<String> ids);

    /** Debates imported since that instant (the search index follows them). */
    List<ImportStamp> importedSince(Instant since);

    List<Debate> debates(String legislatureId, LocalDate from, LocalDate to, int limit);

    /** The chamber's speakers left without a person (not guests, not the other chamber's members), most words first (the data-quality report). */
    List<UnmatchedSpeaker> unmatchedSpeakers(String legislatureId, String termId, int limit);

    record SourceRecord(String sourceKind, String sourceUrl, Long documentId, String sha256, Instant retrievedAt) {
    }

    record SpeechFilter(String legislatureId, String termId, LocalDate date, String personId, String groupId, String role, LocalDate from,
            LocalDate to) {
    }

    record Page<T>(List<T> items, long total) {
    }

    record PersonSummary(int speeches, long words, LocalDate first, LocalDate latest) {
    }

    record ImportStamp(String id, Instant importedAt, String sha256) {
    }

    record UnmatchedSpeaker(String termId, String name, String reason, int speeches, long words) {
    }
}
