package mx.parlamentoabierto.audit.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.Basic;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One change: who (account name), from where, when, what (action on a subject), before → after as JSON. Immutable. */
@Entity
@Table(name = "audit_entry")
@Cacheable(false)
public class AuditEntry {

    @Id
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    private Long id;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(nullable = false, length = 64, updatable = false)
    private String actor;

    @Column(name = "actor_address", nullable = false, length = 64, updatable = false)
    private String actorAddress;

    @Column(nullable = false, length = 64, updatable = false)
    private String action;

    @Column(name = "subject_type", nullable = false, length = 32, updatable = false)
    private String subjectType;

    @Column(name = "subject_id", nullable = false, length = 200, updatable = false)
    private String subjectId;

    @Column(name = "edition_id", length = 64, updatable = false)
    private String editionId;

    @Basic(fetch = FetchType.EAGER)
    @Column(name = "before_state", updatable = false)
    private String before;

    @Basic(fetch = FetchType.EAGER)
    @Column(name = "after_state", updatable = false)
    private String after;

    protected AuditEntry() {
        // JPA
    }

    public AuditEntry(Instant at, String actor, String address, String action, String subjectType, String subjectId,
            String editionId, String before, String after) {
        this.recordedAt = Objects.requireNonNull(at);
        this.actor = truncate(Objects.requireNonNull(actor), 64);
        this.actorAddress = truncate(Objects.requireNonNullElse(address, "?"), 64);
        this.action = Objects.requireNonNull(action);
        this.subjectType = Objects.requireNonNull(subjectType);
        this.subjectId = truncate(Objects.requireNonNull(subjectId), 200);
        this.editionId = editionId;
        this.before = before;
        this.after = after;
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    public Long id() { return id; }
    public Instant recordedAt() { return recordedAt; }
    public String actor() { return actor; }
    public String actorAddress() { return actorAddress; }
    public String action() { return action; }
    public String subjectType() { return subjectType; }
    public String subjectId() { return subjectId; }
    public Optional<String> editionId() { return Optional.ofNullable(editionId); }
    public Optional<String> before() { return Optional.ofNullable(before); }
    public Optional<String> after() { return Optional.ofNullable(after); }
}
