package mx.parlamentoabierto.evaluation.domain;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.Basic;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import mx.parlamentoabierto.platform.ConflictException;
import mx.parlamentoabierto.platform.InvalidInputException;

/**
 * A legislature's objection to one accepted answer during the reply window (the right of reply): the argument
 * and evidence, and the reviewer's resolution (the answer stands — {@code UPHELD} — or was changed) with a reason.
 * Published with the edition.
 */
@Entity
@Table(name = "objection")
@Cacheable(false)
public class Objection {

    public static final int MAX_TEXT = 4000;

    public enum Outcome {
        OPEN, UPHELD, ANSWER_CHANGED;

        public String jsonName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** Spanish label for pages. */
        public String label() {
            return switch (this) {
                case OPEN -> "Abierta";
                case UPHELD -> "Resuelta: la respuesta se mantiene";
                case ANSWER_CHANGED -> "Resuelta: la respuesta cambió";
            };
        }

        public static Optional<Outcome> resolutionFromName(String name) {
            if (name == null) {
                return Optional.empty();
            }
            return switch (name.strip().toLowerCase(Locale.ROOT)) {
                case "upheld" -> Optional.of(UPHELD);
                case "answer-changed", "answer_changed" -> Optional.of(ANSWER_CHANGED);
                default -> Optional.empty();
            };
        }
    }

    @Id
    @SequenceGenerator(name = "objection_seq", sequenceName = "objection_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "objection_seq")
    private Long id;

    @Column(name = "edition_id", nullable = false, length = 64)
    private String editionId;

    @Column(name = "legislature_id", nullable = false, length = 64)
    private String legislatureId;

    @Column(name = "variable_id", nullable = false, length = 32)
    private String variableId;

    @Column(name = "filed_by", nullable = false, length = 64)
    private String filedBy;

    @Column(nullable = false, length = MAX_TEXT)
    private String argument;

    @Basic(fetch = FetchType.EAGER)
    @Column(nullable = false)
    private String evidence;

    @Column(name = "filed_at", nullable = false)
    private Instant filedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Outcome outcome = Outcome.OPEN;

    @Column(length = MAX_TEXT)
    private String resolution;

    @Column(name = "resolved_by", length = 64)
    private String resolvedBy;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Version
    private long version;

    protected Objection() {
        // JPA
    }

    public Objection(String editionId, String legislatureId, String variableId, String filedBy, String argument, String evidenceJson,
            Instant at) {
        this.argument = text("argument", argument);
        this.editionId = Objects.requireNonNull(editionId);
        this.legislatureId = Objects.requireNonNull(legislatureId);
        this.variableId = Objects.requireNonNull(variableId);
        this.filedBy = Objects.requireNonNull(filedBy);
        this.evidence = Objects.requireNonNull(evidenceJson);
        this.filedAt = Objects.requireNonNull(at);
    }

    public void resolve(Outcome how, String reason, String by, Instant at) {
        if (outcome != Outcome.OPEN) {
            throw new ConflictException("outcome", "La objeción ya está resuelta (" + outcome.jsonName() + ").");
        }
        if (how == Outcome.OPEN) {
            throw new InvalidInputException("outcome", "Una resolución es upheld o answer-changed.");
        }
        this.resolution = text("reason", reason);
        this.outcome = how;
        this.resolvedBy = by;
        this.resolvedAt = at;
    }

    /** The field as people read it in the forms (the API's field name stays in the problem's {@code field}). */
    private static String spanishName(String field) {
        return switch (field) {
            case "argument" -> "el argumento de la objeción";
            case "reason" -> "la razón de la resolución";
            default -> field;
        };
    }

    private static String text(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "Falta " + spanishName(field) + ": escriba por qué.");
        }
        if (value.length() > MAX_TEXT) {
            throw new InvalidInputException(field, "El texto de " + spanishName(field) + " pasa de " + MAX_TEXT + " caracteres ("
                    + value.length() + ").");
        }
        return value.strip();
    }

    public Long id() { return id; }
    public String editionId() { return editionId; }
    public String legislatureId() { return legislatureId; }
    public String variableId() { return variableId; }
    public String filedBy() { return filedBy; }
    public String argument() { return argument; }
    public String evidenceJson() { return evidence; }
    public Instant filedAt() { return filedAt; }
    public Outcome outcome() { return outcome; }
    public Optional<String> resolution() { return Optional.ofNullable(resolution); }
    public Optional<String> resolvedBy() { return Optional.ofNullable(resolvedBy); }
    public Optional<Instant> resolvedAt() { return Optional.ofNullable(resolvedAt); }
    public boolean open() { return outcome == Outcome.OPEN; }
}
