package mx.parlamentoabierto.vote.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where sittings, vote events and votes are kept; call inside a unit of work. */
public interface VoteRepository {

    Optional<VoteEvent> event(String id);

    void addEvent(VoteEvent event);

    Optional<Sitting> sitting(String id);

    void addSitting(Sitting sitting);

    /** Replaces every vote of the event (written in batches). */
    void replaceVotes(String eventId, List<VoteLine> votes);

    void replaceTotals(String eventId, List<DeclaredTotal> totals);

    /** The event's votes in roll-call order, with each group's name. */
    List<VoteLine> votesOf(String eventId);

    List<DeclaredTotal> totalsOf(String eventId);

    /** One page of a person's votes, newest first, optionally of one option and whose title has every word of {@code words}. */
    Page<PersonVote> votesOfPerson(String personId, Optional<VoteOption> option, List<String> words, int offset, int limit);

    /** How a person voted over every roll call held. */
    Tally tallyOfPerson(String personId);

    Page<VoteEvent> events(EventQuery query);

    List<Sitting> sittings(String legislatureId, LocalDate from, LocalDate to, int limit);

    List<VoteEvent> eventsOfSitting(String sittingId);

    /**
     * What changed since {@code since}: each vote event imported at or after it with its import time and content hash,
     * oldest import first (the search index's catch-up).
     */
    List<ImportStamp> importedSince(java.time.Instant since);

    /** The vote events of these ids. */
    List<VoteEvent> events(java.util.Collection<String> ids);

    /** The roll calls whose source page is one of these archived documents, by document id. */
    java.util.Map<Long, String> eventsArchivedAs(java.util.Collection<Long> documentIds);

    /** When a vote event was stored and what it was read from. */
    record ImportStamp(String id, java.time.Instant importedAt, String contentSha256) {
    }

    /** Vote events whose printed totals disagree with their votes. */
    List<VoteEvent> eventsWithDisagreeingCounts(String legislatureId, String termId, int limit);

    /** The printed names that matched no person, with how many votes each has. */
    List<UnmatchedVoter> unmatchedVoters(String legislatureId, String termId, int limit);

    /** The newest vote date of the term, if any. */
    Optional<LocalDate> latestVote(String legislatureId, String termId);

    /** The distinct voters of the legislature that matched no person, by term (to match again once legislators are imported). */
    List<UnmatchedVote> unmatchedVotes(String legislatureId);

    /** Gives every unmatched vote of that voter in that term its person; recounts the unmatched voters of the events touched. */
    int assignPerson(String legislatureId, UnmatchedVote voter, String personId, String method);

    /** A voter no person matched, as printed, in one term. */
    record UnmatchedVote(String termId, String voterName, String voterSourceId) {
    }

    /** A page of results and the total they come from. */
    record Page<T>(List<T> items, long total) {
    }

    /** Filters of the vote-event list; words must all appear in the title (accents ignored). */
    record EventQuery(String legislatureId, String termId, LocalDate from, LocalDate to, List<String> words, int offset, int limit) {
    }

    /** A vote of one person with its event's date and title. */
    record PersonVote(String voteEventId, LocalDate date, String title, VoteOption option, String rawOption, String groupId) {
    }

    /** A voter no person matched. */
    record UnmatchedVoter(String voterName, String voterSourceId, long votes) {
    }
}
