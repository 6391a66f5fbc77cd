package mx.parlamentoabierto.evaluation.domain;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A reviewer's decision on an answer, with its comment: the thread an evaluator reads when an answer comes back. */
@Entity
@Table(name = "answer_review")
@Cacheable(false)
public class AnswerReview {

    public static final int MAX_COMMENT = 4000;

    public enum Decision {
        ACCEPT, RETURN;

        public String jsonName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Decision> fromName(String name) {
            if (name == null) {
                return Optional.empty();
            }
            return switch (name.strip().toLowerCase(Locale.ROOT)) {
                case "accept" -> Optional.of(ACCEPT);
                case "return" -> Optional.of(RETURN);
                default -> Optional.empty();
            };
        }
    }

    @Id
    @SequenceGenerator(name = "answer_review_seq", sequenceName = "answer_review_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "answer_review_seq")
    private Long id;

    @Column(name = "edition_id", nullable = false, length = 64, updatable = false)
    private String editionId;

    @Column(name = "legislature_id", nullable = false, length = 64, updatable = false)
    private String legislatureId;

    @Column(name = "variable_id", nullable = false, length = 32, updatable = false)
    private String variableId;

    @Column(nullable = false, length = 64, updatable = false)
    private String author;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private Decision decision;

    @Column(length = MAX_COMMENT, updatable = false)
    private String comment;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected AnswerReview() {
        // JPA
    }

    public AnswerReview(String editionId, String legislatureId, String variableId, String author, Decision decision, String comment,
            Instant at) {
        this.editionId = editionId;
        this.legislatureId = legislatureId;
        this.variableId = variableId;
        this.author = author;
        this.decision = decision;
        this.comment = comment;
        this.recordedAt = at;
    }

    public Long id() { return id; }
    public String editionId() { return editionId; }
    public String legislatureId() { return legislatureId; }
    public String variableId() { return variableId; }
    public String author() { return author; }
    public Decision decision() { return decision; }
    public String comment() { return comment; }
    public Instant recordedAt() { return recordedAt; }
}
