package mx.parlamentoabierto.scoring.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A link that supports an answer: where, what it is, when it was retrieved and, when an archived copy
 * exists, the SHA-256 of that copy.
 */
@Embeddable
public class EvidenceLink {

    @Column(nullable = false, length = 2000)
    private String url;

    @Column(length = 300)
    private String label;

    @Column(name = "retrieved_at")
    private Instant retrievedAt;

    @Column(name = "content_sha256", length = 64)
    private String contentSha256;

    protected EvidenceLink() {
        // JPA
    }

    public EvidenceLink(String url, String label, Instant retrievedAt, String contentSha256) {
        try {
            URI uri = new URI(url);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new IllegalArgumentException("evidence must be an absolute http(s) URL: " + url);
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("evidence URL is not valid: " + url, e);
        }
        if (contentSha256 != null && !contentSha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("contentSha256 must be 64 lower-case hex digits");
        }
        this.url = url;
        this.label = label;
        this.retrievedAt = retrievedAt;
        this.contentSha256 = contentSha256;
    }

    public String url() {
        return url;
    }

    public String label() {
        return label;
    }

    public Instant retrievedAt() {
        return retrievedAt;
    }

    public String contentSha256() {
        return contentSha256;
    }
}
