package mx.parlamentoabierto.scoring.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import mx.parlamentoabierto.platform.ConflictException;
import mx.parlamentoabierto.platform.InvalidInputException;
import mx.parlamentoabierto.platform.Slug;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An evaluation round: a year, bound to one frozen methodology version, with the legislatures in scope, an
 * evaluation window and a reply window, and its state ({@link EditionState}). Demonstration editions are flagged
 * so every page and API answer can say so. {@code revision} counts published snapshots (0 before publication).
 * An empty scope means every legislature of the registry (the demonstration edition).
 */
@Entity
@Table(name = "edition")
@Cacheable(false)
public class Edition {

    /** Whether the public history of answers names evaluators or shows them as "Evaluador 1, 2…". */
    public enum EvaluatorNames { NAMED, PSEUDONYMOUS }

    public static final Pattern ID_PATTERN = Slug.PATTERN;

    @Id
    @Column(length = 64)
    private String id;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "edition_year", nullable = false)
    private int year;

    @Column(name = "methodology_key", nullable = false, length = 100)
    private String methodologyKey;

    @Column(nullable = false)
    private boolean demo;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private EditionState state = EditionState.DRAFT;

    @Column(name = "evaluation_opens")
    private LocalDate evaluationOpens;

    @Column(name = "evaluation_closes")
    private LocalDate evaluationCloses;

    @Column(name = "reply_opens")
    private LocalDate replyOpens;

    @Column(name = "reply_closes")
    private LocalDate replyCloses;

    @Enumerated(EnumType.STRING)
    @Column(name = "evaluator_names", nullable = false, length = 16)
    private EvaluatorNames evaluatorNames = EvaluatorNames.NAMED;

    @Column(nullable = false)
    private int revision;

    @Column(name = "headline_since")
    private Instant headlineSince;

    @Column(name = "headline_note", length = 500)
    private String headlineNote;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "edition_legislature", joinColumns = @JoinColumn(name = "edition_id"))
    @Column(name = "legislature_id", length = 64)
    private Set<String> legislatureIds = new TreeSet<>();

    protected Edition() {
        // JPA
    }

    public Edition(String id, String title, int year, String methodologyKey, boolean demo, Instant createdAt) {
        if (id == null || !ID_PATTERN.matcher(id).matches() || id.length() > 64) {
            throw new IllegalArgumentException("edition id must be a lower-case slug: " + id);
        }
        if (year < 2000 || year > 2100) {
            throw new IllegalArgumentException("edition year out of range: " + year);
        }
        this.id = id;
        this.title = Objects.requireNonNull(title, "title");
        this.year = year;
        this.methodologyKey = Objects.requireNonNull(methodologyKey, "methodologyKey");
        this.demo = demo;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        if (demo) {
            this.state = EditionState.PUBLISHED;
        }
    }

    /**
     * An edition to be run through the whole cycle, in {@code draft}.
     *
     * @throws InvalidInputException naming the field when the scope is empty or a window is inverted or the reply
     *         window opens before the evaluation window closes
     */
    public static Edition toEvaluate(String id, String title, int year, String methodologyKey, Set<String> legislatures,
            LocalDate evaluationOpens, LocalDate evaluationCloses, LocalDate replyOpens, LocalDate replyCloses,
            EvaluatorNames names, Instant createdAt) {
        if (id == null || !ID_PATTERN.matcher(id).matches() || id.length() > 64) {
            throw new InvalidInputException("id", "El id de la edición debe ser un slug en minúsculas (a-z, 0-9, guiones), de a lo más 64 caracteres.");
        }
        if (title == null || title.isBlank() || title.length() > 300) {
            throw new InvalidInputException("title", "Hace falta un título de a lo más 300 caracteres.");
        }
        if (year < 2000 || year > 2100) {
            throw new InvalidInputException("year", "El año debe estar entre 2000 y 2100.");
        }
        if (legislatures == null || legislatures.isEmpty()) {
            throw new InvalidInputException("legislatures", "Hace falta al menos una legislatura en el alcance de la edición.");
        }
        window("evaluationWindow", evaluationOpens, evaluationCloses);
        window("replyWindow", replyOpens, replyCloses);
        if (replyOpens.isBefore(evaluationOpens)) {
            throw new InvalidInputException("replyWindow", "La ventana de réplica no puede abrir antes que la de evaluación.");
        }
        Edition e = new Edition(id, title.strip(), year, methodologyKey, false, createdAt);
        e.legislatureIds.addAll(legislatures);
        e.evaluationOpens = evaluationOpens;
        e.evaluationCloses = evaluationCloses;
        e.replyOpens = replyOpens;
        e.replyCloses = replyCloses;
        e.evaluatorNames = names == null ? EvaluatorNames.NAMED : names;
        return e;
    }

    private static void window(String field, LocalDate opens, LocalDate closes) {
        if (opens == null || closes == null) {
            throw new InvalidInputException(field, "Hacen falta las fechas opens y closes (AAAA-MM-DD).");
        }
        if (closes.isBefore(opens)) {
            throw new InvalidInputException(field, "La ventana cierra (" + closes + ") antes de abrir (" + opens + ").");
        }
    }

    /**
     * Moves the edition to {@code to}, which must be the state right after the current one.
     *
     * @throws ConflictException on field {@code to} when the transition is out of order
     */
    public void transitionTo(EditionState to) {
        if (state.next().filter(to::equals).isEmpty()) {
            throw new ConflictException("to", "La edición está en «" + state.jsonName() + "»; de ahí solo se pasa a «"
                    + state.next().map(EditionState::jsonName).orElse("(ninguno: ya está publicada)") + "», no a «" + to.jsonName() + "».");
        }
        state = to;
    }

    /**
     * Makes this the edition the portal shows by default from {@code at}, with a note on its scope for the public
     * ("los 31 congresos estatales", "evaluación piloto de dos congresos").
     *
     * @throws ConflictException when the edition is not public yet
     */
    public void makeHeadline(String note, Instant at) {
        if (!publiclyVisible()) {
            throw new ConflictException("state", "Solo una edición publicada puede ser la principal del portal; esta está en «"
                    + state.label() + "».");
        }
        if (note != null && note.strip().length() > 500) {
            throw new InvalidInputException("note", "La nota sobre el alcance pasa de 500 caracteres.");
        }
        headlineSince = Objects.requireNonNull(at);
        headlineNote = note == null || note.isBlank() ? null : note.strip();
    }

    /** Since when this is the portal's headline edition (the latest such moment among editions wins). */
    public Optional<Instant> headlineSince() {
        return Optional.ofNullable(headlineSince);
    }

    public Optional<String> headlineNote() {
        return Optional.ofNullable(headlineNote);
    }

    /** How many legislatures it evaluates, out of a registry of {@code registrySize} (an empty scope is all of them). */
    public int scopeSize(int registrySize) {
        return legislatureIds.isEmpty() ? registrySize : legislatureIds.size();
    }

    /** True when it evaluates only part of the registry: its averages are over those legislatures, and pages say so. */
    public boolean partial(int registrySize) {
        return scopeSize(registrySize) < registrySize;
    }

    /** Counts one more published snapshot and returns its number. */
    public int nextRevision() {
        return ++revision;
    }

    /** Published editions and the demonstration edition are public; the others only to those who work on them. */
    public boolean publiclyVisible() {
        return state == EditionState.PUBLISHED || demo;
    }

    public boolean inScope(String legislatureId) {
        return legislatureIds.isEmpty() || legislatureIds.contains(legislatureId);
    }

    public boolean evaluationWindowIncludes(LocalDate day) {
        return evaluationOpens == null || (!day.isBefore(evaluationOpens) && !day.isAfter(evaluationCloses));
    }

    public boolean replyWindowIncludes(LocalDate day) {
        return replyOpens == null || (!day.isBefore(replyOpens) && !day.isAfter(replyCloses));
    }

    public EditionState state() { return state; }
    public Optional<LocalDate> evaluationOpens() { return Optional.ofNullable(evaluationOpens); }
    public Optional<LocalDate> evaluationCloses() { return Optional.ofNullable(evaluationCloses); }
    public Optional<LocalDate> replyOpens() { return Optional.ofNullable(replyOpens); }
    public Optional<LocalDate> replyCloses() { return Optional.ofNullable(replyCloses); }
    public EvaluatorNames evaluatorNames() { return evaluatorNames; }
    public int revision() { return revision; }
    public long version() { return version; }

    /** The legislatures in scope, sorted; empty for the demonstration edition (every legislature). */
    public List<String> legislatureIds() {
        return List.copyOf(new TreeSet<>(legislatureIds));
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public int year() {
        return year;
    }

    public String methodologyKey() {
        return methodologyKey;
    }

    public boolean demo() {
        return demo;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
