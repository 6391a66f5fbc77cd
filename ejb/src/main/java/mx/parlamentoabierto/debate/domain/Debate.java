package mx.parlamentoabierto.debate.domain;

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

/**
 * A sitting's debate: the sitting it belongs to (its id is the sitting's), the publication whose speeches are in use
 * (the Diario de los Debates over the same-day versión estenográfica), its provenance, and the counts of speeches,
 * words and words attributed to a known person.
 */
@Entity
@Table(name = "debate")
@Cacheable(false)
public class Debate {

    /** Official publication first: a Diario replaces a versión; a versión never replaces a Diario. */
    public static int precedence(String sourceKind) {
        return "diario".equals(sourceKind) ? 2 : 1;
    }

    @Id
    @Column(length = 200)
    private String id;

    @Column(name = "legislature_id", nullable = false, length = 64)
    private String legislatureId;

    @Column(name = "term_id", length = 16)
    private String termId;

    @Column(name = "sitting_id", nullable = false, length = 200)
    private String sittingId;

    @Column(name = "debate_date", nullable = false)
    private LocalDate date;

    @Column(nullable = false, length = 1000)
    private String title;

    @Column(name = "sitting_kind", nullable = false, length = 32)
    private String sittingKind;

    @Column(name = "source_kind", nullable = false, length = 32)
    private String sourceKind;

    @Column(name = "source_url", nullable = false, length = 1000)
    private String sourceUrl;

    @Column(name = "retrieved_at", nullable = false)
    private Instant retrievedAt;

    @Column(name = "source_document_id")
    private Long sourceDocumentId;

    @Column(name = "content_sha256", nullable = false, length = 64)
    private String contentSha256;

    @Column(nullable = false)
    private int speeches;

    @Column(nullable = false)
    private int words;

    @Column(name = "attributed_words", nullable = false)
    private int attributedWords;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    private String notes;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    protected Debate() {
        // JPA
    }

    public Debate(String sittingId, String legislatureId, String termId, LocalDate date) {
        this.id = Objects.requireNonNull(sittingId);
        this.sittingId = sittingId;
        this.legislatureId = Objects.requireNonNull(legislatureId);
        this.termId = termId;
        this.date = Objects.requireNonNull(date);
    }

    /** The publication now in use and what its speeches came to. */
    public void record(String title, String sittingKind, String sourceKind, String sourceUrl, Instant retrievedAt, Long sourceDocumentId,
            String contentSha256, int speeches, int words, int attributedWords, List<String> notes, Instant importedAt) {
        this.title = title.length() > 1000 ? title.substring(0, 1000) : title;
        this.sittingKind = sittingKind;
        this.sourceKind = sourceKind;
        this.sourceUrl = sourceUrl;
        this.retrievedAt = retrievedAt;
        this.sourceDocumentId = sourceDocumentId;
        this.contentSha256 = contentSha256;
        this.speeches = speeches;
        this.words = words;
        this.attributedWords = attributedWords;
        this.notes = notes.isEmpty() ? null : String.join("\n", notes);
        this.importedAt = importedAt;
    }

    public String id() { return id; }
    public String legislatureId() { return legislatureId; }
    public String termId() { return termId; }
    public String sittingId() { return sittingId; }
    public LocalDate date() { return date; }
    public String title() { return title; }
    public String sittingKind() { return sittingKind; }
    public String sourceKind() { return sourceKind; }
    public String sourceUrl() { return sourceUrl; }
    public Instant retrievedAt() { return retrievedAt; }
    public Long sourceDocumentId() { return sourceDocumentId; }
    public String contentSha256() { return contentSha256; }
    public int speeches() { return speeches; }
    public int words() { return words; }
    public int attributedWords() { return attributedWords; }
    public Instant importedAt() { return importedAt; }

    public List<String> notes() {
        return notes == null ? List.of() : List.of(notes.split("\n"));
    }

    /** Share of the words spoken that are attributed to a known person (0 when nobody spoke). */
    public double attributedShare() {
        return words == 0 ? 0 : (double) attributedWords / words;
    }
}
