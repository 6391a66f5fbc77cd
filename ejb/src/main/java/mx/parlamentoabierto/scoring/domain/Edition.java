package mx.parlamentoabierto.scoring.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

import mx.parlamentoabierto.platform.Slug;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An evaluation round: a year, bound to one frozen methodology version. Demonstration editions are flagged
 * so every page and API answer can say so.
 */
@Entity
@Table(name = "edition")
public class Edition {

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
