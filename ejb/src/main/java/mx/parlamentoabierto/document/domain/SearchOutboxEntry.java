package mx.parlamentoabierto.document.domain;

import java.time.Instant;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * "This document must be (re)indexed", written in the same transaction as the document change. The relay
 * removes it once Elasticsearch confirmed the item, and pushes it back with a delay when the node is down.
 */
@Entity
@Cacheable(false) // written by several threads and instances: always read from the database (ADR 0011)
@Table(name = "search_outbox")
public class SearchOutboxEntry {

    @Id
    @SequenceGenerator(name = "search_outbox_seq", sequenceName = "search_outbox_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "search_outbox_seq")
    private Long id;

    @Column(name = "document_id", nullable = false)
    private Long documentId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    protected SearchOutboxEntry() {
        // JPA
    }

    public SearchOutboxEntry(Long documentId, Instant at) {
        this.documentId = documentId;
        this.createdAt = at;
        this.nextAttemptAt = at;
    }

    /** The whole request failed (node down): try again later, waiting longer each time, up to five minutes. */
    public void postpone(String error, Instant now) {
        attempts++;
        lastError = error == null ? null : error.length() > 1000 ? error.substring(0, 1000) : error;
        long seconds = Math.min(300, (long) Math.pow(2, Math.min(attempts, 9)));
        nextAttemptAt = now.plusSeconds(seconds);
    }

    public Long id() { return id; }
    public Long documentId() { return documentId; }
    public int attempts() { return attempts; }
    public Instant nextAttemptAt() { return nextAttemptAt; }
    public String lastError() { return lastError; }
}
