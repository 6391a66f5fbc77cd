package mx.parlamentoabierto.evaluation.domain;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * What was published: the canonical JSON of an edition's answers, objections, methodology version and aggregation
 * at one revision, and its SHA-256. Every revision stays readable; none is ever changed.
 */
@Entity
@Table(name = "edition_snapshot")
@IdClass(EditionSnapshot.Key.class)
public class EditionSnapshot {

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        String editionId;
        int revision;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.editionId.equals(editionId) && k.revision == revision;
        }

        @Override
        public int hashCode() {
            return Objects.hash(editionId, revision);
        }
    }

    @Id
    @Column(name = "edition_id", length = 64)
    private String editionId;

    @Id
    @Column(name = "revision")
    private int revision;

    @Column(name = "published_at", nullable = false, updatable = false)
    private Instant publishedAt;

    @Column(name = "published_by", nullable = false, length = 64, updatable = false)
    private String publishedBy;

    @Column(name = "change_note", length = 4000, updatable = false)
    private String changeNote;

    @Column(name = "content_sha256", nullable = false, length = 64, updatable = false)
    private String contentSha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private String content;

    protected EditionSnapshot() {
        // JPA
    }

    public EditionSnapshot(String editionId, int revision, Instant at, String by, String changeNote, String sha256, String content) {
        this.editionId = editionId;
        this.revision = revision;
        this.publishedAt = at;
        this.publishedBy = by;
        this.changeNote = changeNote;
        this.contentSha256 = sha256;
        this.content = content;
    }

    public String editionId() { return editionId; }
    public int revision() { return revision; }
    public Instant publishedAt() { return publishedAt; }
    public String publishedBy() { return publishedBy; }
    public Optional<String> changeNote() { return Optional.ofNullable(changeNote); }
    public String contentSha256() { return contentSha256; }
    public String content() { return content; }
}
