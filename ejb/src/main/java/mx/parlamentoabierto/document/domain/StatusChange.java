package mx.parlamentoabierto.document.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One entry of a document's status history. */
@Embeddable
public class StatusChange {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DocumentStatus status;

    @Column(name = "changed_at", nullable = false)
    private Instant at;

    @Column(length = 1000)
    private String detail;

    protected StatusChange() {
        // JPA
    }

    public StatusChange(DocumentStatus status, Instant at, String detail) {
        this.status = status;
        this.at = at;
        this.detail = detail == null ? null : (detail.length() > 1000 ? detail.substring(0, 1000) : detail);
    }

    public DocumentStatus status() {
        return status;
    }

    public Instant at() {
        return at;
    }

    public String detail() {
        return detail;
    }
}
