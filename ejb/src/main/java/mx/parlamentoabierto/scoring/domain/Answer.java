package mx.parlamentoabierto.scoring.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import mx.parlamentoabierto.platform.InvalidInputException;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The evaluation of one variable for one legislature in one edition: a value on the variable's scale, a
 * written justification (required even for "not met") and evidence (links or archive documents). Its
 * {@code version} is the optimistic lock: a write based on an older version is refused, so two people editing the
 * same answer never overwrite each other silently.
 */
@Entity
@Table(name = "answer")
public class Answer {

    public static final int MAX_JUSTIFICATION = 4000;
    public static final int MAX_EVIDENCE = 10;
    public static final int MAX_EVIDENCE_DRAFT = 4000;

    @Id
    @SequenceGenerator(name = "answer_seq", sequenceName = "answer_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "answer_seq")
    private Long id;

    @Column(name = "edition_id", nullable = false, length = 64)
    private String editionId;

    @Column(name = "legislature_id", nullable = false, length = 64)
    private String legislatureId;

    @Column(name = "variable_id", nullable = false, length = 32)
    private String variableId;

    @Column(name = "answer_value", nullable = false)
    private int value;

    @Column(nullable = false, length = MAX_JUSTIFICATION)
    private String justification;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AnswerStatus status = AnswerStatus.DRAFT;

    @Column(length = 64)
    private String author;

    /** Evidence lines the evaluator typed that are not an address or an archive document yet: kept, never discarded. */
    @Column(name = "evidence_draft", length = MAX_EVIDENCE_DRAFT)
    private String evidenceDraft;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "answer_evidence", joinColumns = @JoinColumn(name = "answer_id"))
    @OrderColumn(name = "link_order")
    private List<EvidenceLink> evidence = new ArrayList<>();

    protected Answer() {
        // JPA
    }

    public Answer(String editionId, String legislatureId, String variableId, int value, String justification,
            List<EvidenceLink> evidence, Instant at) {
        this.editionId = Objects.requireNonNull(editionId, "editionId");
        this.legislatureId = Objects.requireNonNull(legislatureId, "legislatureId");
        this.variableId = Objects.requireNonNull(variableId, "variableId");
        revise(value, justification, evidence, at);
    }

    /** Replaces value, justification and evidence; the caller has checked the value against the scale. */
    public final void revise(int newValue, String newJustification, List<EvidenceLink> newEvidence, Instant at) {
        if (newJustification == null || newJustification.isBlank()) {
            throw new InvalidInputException("justification", "Hace falta una justificación, también cuando la variable no se cumple.");
        }
        if (newJustification.length() > MAX_JUSTIFICATION) {
            throw new InvalidInputException("justification", "La justificación pasa de " + MAX_JUSTIFICATION + " caracteres ("
                    + newJustification.length() + ").");
        }
        if (newEvidence.size() > MAX_EVIDENCE) {
            throw new InvalidInputException("evidence", "A lo más " + MAX_EVIDENCE + " evidencias por respuesta (llegaron " + newEvidence.size() + ").");
        }
        this.value = newValue;
        this.justification = newJustification.strip();
        this.evidence.clear();
        this.evidence.addAll(newEvidence);
        this.updatedAt = Objects.requireNonNull(at, "at");
    }

    /** Evidence typed that is not valid yet (kept as the evaluator typed it until corrected), or none. */
    public void draftEvidence(String lines) {
        if (lines != null && lines.length() > MAX_EVIDENCE_DRAFT) {
            throw new InvalidInputException("evidence", "La evidencia en borrador pasa de " + MAX_EVIDENCE_DRAFT + " caracteres.");
        }
        this.evidenceDraft = lines == null || lines.isBlank() ? null : lines.strip();
    }

    public String evidenceDraft() {
        return evidenceDraft;
    }

    /** The answer's place in the cycle; see {@link AnswerStatus}. */
    public void moveTo(AnswerStatus next) {
        this.status = next;
    }

    /** Who wrote the current value (account name). */
    public void writtenBy(String name) {
        this.author = name;
    }

    public AnswerStatus status() {
        return status;
    }

    public String author() {
        return author;
    }

    public long version() {
        return version;
    }

    public Long id() {
        return id;
    }

    public String editionId() {
        return editionId;
    }

    public String legislatureId() {
        return legislatureId;
    }

    public String variableId() {
        return variableId;
    }

    public int value() {
        return value;
    }

    public String justification() {
        return justification;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public List<EvidenceLink> evidence() {
        return List.copyOf(evidence);
    }
}
