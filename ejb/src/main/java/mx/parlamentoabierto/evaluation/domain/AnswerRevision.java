package mx.parlamentoabierto.evaluation.domain;

import java.time.Instant;

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

/**
 * One saved state of an answer: value, justification and evidence (as JSON), who wrote it, when and why
 * ({@code evaluation}, {@code objection}, {@code correction}). Never changed once written: the history of an answer.
 */
@Entity
@Table(name = "answer_revision")
@Cacheable(false)
public class AnswerRevision {

    @Id
    @SequenceGenerator(name = "answer_revision_seq", sequenceName = "answer_revision_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "answer_revision_seq")
    private Long id;

    @Column(name = "edition_id", nullable = false, length = 64, updatable = false)
    private String editionId;

    @Column(name = "legislature_id", nullable = false, length = 64, updatable = false)
    private String legislatureId;

    @Column(name = "variable_id", nullable = false, length = 32, updatable = false)
    private String variableId;

    @Column(nullable = false, updatable = false)
    private int revision;

    @Column(name = "answer_value", nullable = false, updatable = false)
    private int value;

    @Column(nullable = false, length = 4000, updatable = false)
    private String justification;

    @Basic(fetch = FetchType.EAGER)
    @Column(nullable = false, updatable = false)
    private String evidence;

    @Column(nullable = false, length = 64, updatable = false)
    private String author;

    @Column(nullable = false, length = 32, updatable = false)
    private String cause;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected AnswerRevision() {
        // JPA
    }

    public AnswerRevision(String editionId, String legislatureId, String variableId, int revision, int value, String justification,
            String evidenceJson, String author, String cause, Instant at) {
        this.editionId = editionId;
        this.legislatureId = legislatureId;
        this.variableId = variableId;
        this.revision = revision;
        this.value = value;
        this.justification = justification;
        this.evidence = evidenceJson;
        this.author = author;
        this.cause = cause;
        this.recordedAt = at;
    }

    public Long id() { return id; }
    public String editionId() { return editionId; }
    public String legislatureId() { return legislatureId; }
    public String variableId() { return variableId; }
    public int revision() { return revision; }
    public int value() { return value; }
    public String justification() { return justification; }
    public String evidenceJson() { return evidence; }
    public String author() { return author; }
    public String cause() { return cause; }
    public Instant recordedAt() { return recordedAt; }
}
