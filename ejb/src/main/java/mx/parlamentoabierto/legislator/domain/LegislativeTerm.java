package mx.parlamentoabierto.legislator.domain;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * A legislature's term (the LXII Legislatura of the Cámara de Diputados, 2012-09-01 to 2015-08-31): its id is the
 * Roman numeral the chamber uses; the dates are known when a Popolo file gives them.
 */
@Entity
@Cacheable(false)
@Table(name = "legislative_term")
@IdClass(LegislativeTerm.Key.class)
public class LegislativeTerm {

    /** The composite key: legislature and term. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private String legislatureId;
        private String id;

        public Key() {
            // JPA
        }

        public Key(String legislatureId, String id) {
            this.legislatureId = legislatureId;
            this.id = id;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(legislatureId, k.legislatureId) && Objects.equals(id, k.id);
        }

        @Override
        public int hashCode() {
            return Objects.hash(legislatureId, id);
        }
    }

    @Id
    @Column(name = "legislature_id", length = 64)
    private String legislatureId;

    @Id
    @Column(length = 16)
    private String id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "source_id", length = 200)
    private String sourceId;

    protected LegislativeTerm() {
        // JPA
    }

    public LegislativeTerm(String legislatureId, String id, String name, LocalDate startDate, LocalDate endDate, String sourceId) {
        this.legislatureId = Objects.requireNonNull(legislatureId);
        this.id = Objects.requireNonNull(id);
        describe(name, startDate, endDate, sourceId);
    }

    /** A term as people type it in a request ({@code lxii }) as the id it is stored under ({@code LXII}); blank is none. */
    public static String idFrom(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip().toUpperCase(java.util.Locale.ROOT);
    }

    /** True when anything changed. */
    public boolean describe(String name, LocalDate startDate, LocalDate endDate, String sourceId) {
        if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
            throw new IllegalArgumentException("the term " + id + " ends (" + endDate + ") before it starts (" + startDate + ")");
        }
        boolean changed = !Objects.equals(this.name, name) || !Objects.equals(this.startDate, startDate)
                || !Objects.equals(this.endDate, endDate) || !Objects.equals(this.sourceId, sourceId);
        this.name = name;
        this.startDate = startDate;
        this.endDate = endDate;
        this.sourceId = sourceId;
        return changed;
    }

    /** True when the date falls inside the term's known dates (always true while they are unknown). */
    public boolean covers(LocalDate date) {
        return (startDate == null || !date.isBefore(startDate)) && (endDate == null || !date.isAfter(endDate));
    }

    public String legislatureId() {
        return legislatureId;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    public String sourceId() {
        return sourceId;
    }
}
