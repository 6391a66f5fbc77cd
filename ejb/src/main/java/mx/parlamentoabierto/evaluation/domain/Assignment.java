package mx.parlamentoabierto.evaluation.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import mx.parlamentoabierto.platform.InvalidInputException;

/** One legislature of an edition given to an evaluator and a reviewer (never the same account). */
@Entity
@Table(name = "assignment")
@Cacheable(false)
public class Assignment {

    @Id
    @SequenceGenerator(name = "assignment_seq", sequenceName = "assignment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assignment_seq")
    private Long id;

    @Column(name = "edition_id", nullable = false, length = 64)
    private String editionId;

    @Column(name = "legislature_id", nullable = false, length = 64)
    private String legislatureId;

    @Column(name = "evaluator_id", nullable = false)
    private Long evaluatorId;

    @Column(name = "reviewer_id", nullable = false)
    private Long reviewerId;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Version
    private long version;

    protected Assignment() {
        // JPA
    }

    public Assignment(String editionId, String legislatureId, long evaluatorId, long reviewerId) {
        this.editionId = Objects.requireNonNull(editionId);
        this.legislatureId = Objects.requireNonNull(legislatureId);
        reassign(evaluatorId, reviewerId);
    }

    public final void reassign(long evaluator, long reviewer) {
        if (evaluator == reviewer) {
            throw new InvalidInputException("reviewer", "Nadie revisa sus propias respuestas: el revisor debe ser otra cuenta que el evaluador.");
        }
        this.evaluatorId = evaluator;
        this.reviewerId = reviewer;
    }

    public void submitted(Instant at) {
        this.submittedAt = at;
    }

    public void reopened() {
        this.submittedAt = null;
    }

    public Long id() { return id; }
    public String editionId() { return editionId; }
    public String legislatureId() { return legislatureId; }
    public long evaluatorId() { return evaluatorId; }
    public long reviewerId() { return reviewerId; }
    public Optional<Instant> submittedAt() { return Optional.ofNullable(submittedAt); }
}
