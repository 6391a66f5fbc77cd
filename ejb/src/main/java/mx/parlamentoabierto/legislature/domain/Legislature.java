package mx.parlamentoabierto.legislature.domain;

import java.util.Objects;
import java.util.regex.Pattern;

import mx.parlamentoabierto.platform.Slug;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An evaluated legislative institution. Its id is a stable slug ({@code senado}, {@code baja-california})
 * used in URLs, the API and the data files; it never changes once published.
 */
@Entity
@Table(name = "legislature")
public class Legislature {

    public static final Pattern ID_PATTERN = Slug.PATTERN;

    @Id
    @Column(length = 64)
    private String id;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private LegislatureKind kind;

    @Column(name = "state_name", length = 100)
    private String state;

    @Column(nullable = false, length = 2)
    private String country;

    @Column(length = 500)
    private String website;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected Legislature() {
        // JPA
    }

    public Legislature(String id, String name, LegislatureKind kind, String state, String country, String website, int sortOrder) {
        if (id == null || !ID_PATTERN.matcher(id).matches() || id.length() > 64) {
            throw new IllegalArgumentException("legislature id must be a lower-case ASCII slug: " + id);
        }
        this.id = id;
        describe(name, kind, state, country, website, sortOrder);
    }

    /** Updates the descriptive data from the registry; the id stays. */
    public final void describe(String name, LegislatureKind kind, String state, String country, String website, int sortOrder) {
        this.name = Objects.requireNonNull(name, "name");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.state = state;
        this.country = Objects.requireNonNull(country, "country");
        this.website = website;
        this.sortOrder = sortOrder;
    }

    public boolean sameDescriptionAs(Legislature other) {
        return name.equals(other.name) && kind == other.kind && Objects.equals(state, other.state)
                && country.equals(other.country) && Objects.equals(website, other.website) && sortOrder == other.sortOrder;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public LegislatureKind kind() {
        return kind;
    }

    public String state() {
        return state;
    }

    public String country() {
        return country;
    }

    public String website() {
        return website;
    }

    public int sortOrder() {
        return sortOrder;
    }
}
