package mx.parlamentoabierto.vote.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Basic;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import mx.parlamentoabierto.legislator.domain.Person;

/**
 * One roll call (Popolo VoteEvent with its Motion's text as the title): when, in which term and sitting, the tallies
 * by option computed from its votes, whether the totals its source printed agree with them, and its provenance —
 * source address, retrieval time, the archived page ({@code sourceDocumentId}) and a hash of what was imported, so
 * importing the same input again changes nothing.
 */
@Entity
@Table(name = "vote_event")
@Cacheable(false)
public class VoteEvent {

    @Id
    @Column(length = 200)
    private String id;

    @Column(name = "legislature_id", nullable = false, length = 64)
    private String legislatureId;

    @Column(name = "term_id", length = 16)
    private String termId;

    @Column(nullable = false, length = 100)
    private String identifier;

    @Column(name = "sitting_id", length = 200)
    private String sittingId;

    @Column(name = "vote_date", nullable = false)
    private LocalDate date;

    @Column(nullable = false, length = 2000)
    private String title;

    @Column(name = "search_title", nullable = false, length = 2000)
    private String searchTitle;

    @Column(length = 300)
    private String period;

    @Column(length = 32)
    private String result;

    @Column(name = "source_url", nullable = false, length = 1000)
    private String sourceUrl;

    @Column(name = "retrieved_at", nullable = false)
    private Instant retrievedAt;

    @Column(name = "source_document_id")
    private Long sourceDocumentId;

    @Column(name = "content_sha256", nullable = false, length = 64)
    private String contentSha256;

    @Column(name = "counts_agree", nullable = false)
    private boolean countsAgree;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(name = "count_problems")
    private String countProblems;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    private String notes;

    @Column(name = "yes_count", nullable = false)
    private int yes;
    @Column(name = "no_count", nullable = false)
    private int no;
    @Column(name = "abstain_count", nullable = false)
    private int abstain;
    @Column(name = "absent_count", nullable = false)
    private int absent;
    @Column(name = "excused_count", nullable = false)
    private int excused;
    @Column(name = "not_voting_count", nullable = false)
    private int notVoting;
    @Column(name = "present_count", nullable = false)
    private int presentOnly;
    @Column(name = "paired_count", nullable = false)
    private int paired;
    @Column(name = "other_count", nullable = false)
    private int other;
    @Column(name = "unmatched_count", nullable = false)
    private int unmatched;

    @Column(name = "imported_by", nullable = false, length = 64)
    private String importedBy;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    protected VoteEvent() {
        // JPA
    }

    public VoteEvent(String legislatureId, String termId, String identifier) {
        this.legislatureId = Objects.requireNonNull(legislatureId);
        this.termId = termId;
        this.identifier = Objects.requireNonNull(identifier);
        this.id = idOf(legislatureId, termId, identifier);
    }

    /** {@code diputados:LXII:2}: the legislature, the term and the source's number of the vote. */
    public static String idOf(String legislatureId, String termId, String identifier) {
        return legislatureId + ":" + (termId == null ? "" : termId + ":") + identifier;
    }

    /** Everything an import says about this roll call (its votes are written beside it). */
    public void record(String sittingId, LocalDate date, String title, String period, String result, String sourceUrl, Instant retrievedAt,
            Long sourceDocumentId, String contentSha256, List<String> countProblems, List<String> notes, Tally tally, String importedBy,
            Instant now) {
        this.sittingId = sittingId;
        this.date = Objects.requireNonNull(date);
        this.title = Objects.requireNonNull(title);
        this.searchTitle = Person.searchable(title);
        this.period = period;
        this.result = result;
        this.sourceUrl = Objects.requireNonNull(sourceUrl);
        this.retrievedAt = Objects.requireNonNull(retrievedAt);
        this.sourceDocumentId = sourceDocumentId;
        this.contentSha256 = Objects.requireNonNull(contentSha256);
        this.countsAgree = countProblems.isEmpty();
        this.countProblems = countProblems.isEmpty() ? null : String.join("\n", countProblems);
        this.notes = notes.isEmpty() ? null : String.join("\n", notes);
        this.yes = tally.of(VoteOption.YES);
        this.no = tally.of(VoteOption.NO);
        this.abstain = tally.of(VoteOption.ABSTAIN);
        this.absent = tally.of(VoteOption.ABSENT);
        this.excused = tally.of(VoteOption.EXCUSED);
        this.notVoting = tally.of(VoteOption.NOT_VOTING);
        this.presentOnly = tally.of(VoteOption.PRESENT);
        this.paired = tally.of(VoteOption.PAIRED);
        this.other = tally.of(VoteOption.OTHER);
        this.unmatched = tally.unmatched();
        this.importedBy = importedBy;
        this.importedAt = now;
    }

    public Tally tally() {
        java.util.EnumMap<VoteOption, Integer> counts = new java.util.EnumMap<>(VoteOption.class);
        counts.put(VoteOption.YES, yes);
        counts.put(VoteOption.NO, no);
        counts.put(VoteOption.ABSTAIN, abstain);
        counts.put(VoteOption.ABSENT, absent);
        counts.put(VoteOption.EXCUSED, excused);
        counts.put(VoteOption.NOT_VOTING, notVoting);
        counts.put(VoteOption.PRESENT, presentOnly);
        counts.put(VoteOption.PAIRED, paired);
        counts.put(VoteOption.OTHER, other);
        return new Tally(counts, unmatched);
    }

    public String id() {
        return id;
    }

    public String legislatureId() {
        return legislatureId;
    }

    public String termId() {
        return termId;
    }

    public String identifier() {
        return identifier;
    }

    public String sittingId() {
        return sittingId;
    }

    public LocalDate date() {
        return date;
    }

    public String title() {
        return title;
    }

    public String period() {
        return period;
    }

    public String result() {
        return result;
    }

    public String sourceUrl() {
        return sourceUrl;
    }

    public Instant retrievedAt() {
        return retrievedAt;
    }

    public Long sourceDocumentId() {
        return sourceDocumentId;
    }

    public String contentSha256() {
        return contentSha256;
    }

    public boolean countsAgree() {
        return countsAgree;
    }

    public List<String> countProblems() {
        return countProblems == null ? List.of() : List.of(countProblems.split("\n"));
    }

    public List<String> notes() {
        return notes == null ? List.of() : List.of(notes.split("\n"));
    }

    public String importedBy() {
        return importedBy;
    }

    public Instant importedAt() {
        return importedAt;
    }
}
