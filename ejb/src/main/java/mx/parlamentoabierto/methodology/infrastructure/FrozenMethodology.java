package mx.parlamentoabierto.methodology.infrastructure;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/**
 * A methodology version exactly as it was first loaded: the file's bytes (UTF-8 JSON) and their SHA-256.
 * Editions refer to it by key, so a score can always be recomputed with the methodology it was made with.
 */
@Entity
@Table(name = "methodology_version")
public class FrozenMethodology {

    @Id
    @Column(name = "methodology_key", length = 100)
    private String key;

    @Column(name = "methodology_id", nullable = false, length = 64)
    private String methodologyId;

    @Column(nullable = false, length = 32)
    private String version;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "content_sha256", nullable = false, length = 64)
    private String contentSha256;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(nullable = false)
    private String content;

    @Column(name = "frozen_at", nullable = false)
    private Instant frozenAt;

    protected FrozenMethodology() {
        // JPA
    }

    public FrozenMethodology(String key, String methodologyId, String version, String title, String contentSha256,
            String content, Instant frozenAt) {
        this.key = key;
        this.methodologyId = methodologyId;
        this.version = version;
        this.title = title;
        this.contentSha256 = contentSha256;
        this.content = content;
        this.frozenAt = frozenAt;
    }

    public String key() {
        return key;
    }

    public String contentSha256() {
        return contentSha256;
    }

    public String content() {
        return content;
    }

    public Instant frozenAt() {
        return frozenAt;
    }
}
