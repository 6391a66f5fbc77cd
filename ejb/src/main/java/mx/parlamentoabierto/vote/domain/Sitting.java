package mx.parlamentoabierto.vote.domain;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A sitting of the plenary or of a committee on one date (Popolo Event). Its documents are the archive's documents
 * of the legislature with that date; its vote events are the roll calls of that day.
 */
@Entity
@Cacheable(false)
@Table(name = "sitting")
public class Sitting {

    public static final String PLENARY = "plenary";

    @Id
    @Column(length = 200)
    private String id;

    @Column(name = "legislature_id", nullable = false, length = 64)
    private String legislatureId;

    @Column(name = "term_id", length = 16)
    private String termId;

    @Column(name = "sitting_date", nullable = false)
    private LocalDate date;

    @Column(nullable = false, length = 32)
    private String classification;

    @Column(nullable = false, length = 500)
    private String name;

    protected Sitting() {
        // JPA
    }

    public Sitting(String legislatureId, String termId, LocalDate date, String classification, String name) {
        this.legislatureId = Objects.requireNonNull(legislatureId);
        this.termId = termId;
        this.date = Objects.requireNonNull(date);
        this.classification = Objects.requireNonNull(classification);
        this.name = Objects.requireNonNull(name);
        this.id = idOf(legislatureId, date, classification);
    }

    private static final java.time.format.DateTimeFormatter SPANISH_DATE = java.time.format.DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy",
            java.util.Locale.forLanguageTag("es-MX"));

    /** The plenary sitting of a date: "Sesión del pleno del 28 de septiembre de 2012". */
    public static Sitting plenary(String legislatureId, String termId, LocalDate date) {
        return new Sitting(legislatureId, termId, date, PLENARY, "Sesión del pleno del " + SPANISH_DATE.format(date));
    }

    /** A joint sitting of both chambers (Congreso General). */
    public static final String JOINT = "joint";
    /** A sitting of the Comisión Permanente. */
    public static final String PERMANENT = "permanent";

    /** The sitting of that classification on that date, named as people say it ("Sesión de Congreso General del …"). */
    public static Sitting of(String legislatureId, String termId, LocalDate date, String classification) {
        return switch (classification) {
            case JOINT -> new Sitting(legislatureId, termId, date, JOINT, "Sesión de Congreso General del " + SPANISH_DATE.format(date));
            case PERMANENT -> new Sitting(legislatureId, termId, date, PERMANENT, "Sesión de la Comisión Permanente del " + SPANISH_DATE.format(date));
            default -> plenary(legislatureId, termId, date);
        };
    }

    public static String idOf(String legislatureId, LocalDate date, String classification) {
        return legislatureId + ":" + date + ":" + classification;
    }

    public String id() {
        return id;
    }

    public String legislatureId() {
        return legislatureId;
    }

    public String termId() {
        return termId;
    }

    public LocalDate date() {
        return date;
    }

    public String classification() {
        return classification;
    }

    public String name() {
        return name;
    }
}
