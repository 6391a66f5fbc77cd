package mx.parlamentoabierto.scoring.domain;

import java.time.Instant;

import mx.parlamentoabierto.platform.InvalidInputException;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * What supports an answer: either a link (where, what it is, when it was retrieved and, when an archived copy
 * exists, the SHA-256 of that copy) or a document already in the portal's archive (its id and SHA-256).
 */
@Embeddable
public class EvidenceLink {

    @Column(length = 2000)
    private String url;

    @Column(name = "document_id")
    private Long documentId;

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
        if (!isHttpUrl(url)) {
            throw new InvalidInputException("evidence.url", "La evidencia debe ser una dirección http(s) absoluta: " + url);
        }
        if (url.length() > 2000) {
            throw new InvalidInputException("evidence.url", "La dirección de la evidencia pasa de 2000 caracteres.");
        }
        if (label != null && label.length() > 300) {
            throw new InvalidInputException("evidence.label", "La etiqueta de la evidencia pasa de 300 caracteres.");
        }
        if (contentSha256 != null && !contentSha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("contentSha256 must be 64 lower-case hex digits");
        }
        this.url = url;
        this.label = label;
        this.retrievedAt = retrievedAt;
        this.contentSha256 = contentSha256;
    }

    /** Evidence that is a document of the portal's archive, identified by its id and the SHA-256 of its file. */
    public static EvidenceLink archived(long documentId, String label, String sha256) {
        EvidenceLink link = new EvidenceLink();
        link.documentId = documentId;
        link.label = label != null && label.length() > 300 ? label.substring(0, 300) : label;
        link.contentSha256 = sha256;
        return link;
    }

    /** True for an absolute http or https URL with a host. */
    public static boolean isHttpUrl(String url) {
        return mx.parlamentoabierto.platform.HttpUrl.isHttp(url);
    }

    /** The archive document this evidence is, if it is one. */
    public Long documentId() {
        return documentId;
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
