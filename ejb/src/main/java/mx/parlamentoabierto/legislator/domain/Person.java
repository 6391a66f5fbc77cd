package mx.parlamentoabierto.legislator.domain;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Basic;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import mx.parlamentoabierto.spanish.PersonNames;

/**
 * A person who sits or sat in a legislature (Popolo Person). Besides the names, the matching key of the sort name
 * ({@link PersonNames#key}) and an accent-free lower-case name for the directory's search are kept up to date.
 * Contact details, links, other names and sources stay as the source gave them, as JSON; identifiers are kept beside
 * it ({@link LegislatorRepository#identifiersOf}).
 */
@Entity
@Cacheable(false)
@Table(name = "person")
public class Person {

    @Id
    @Column(length = 200)
    private String id;

    @Column(name = "legislature_id", nullable = false, length = 64)
    private String legislatureId;

    @Column(name = "source_id", nullable = false, length = 200)
    private String sourceId;

    @Column(nullable = false, length = 300)
    private String name;

    @Column(name = "sort_name", nullable = false, length = 300)
    private String sortName;

    @Column(name = "given_name", length = 200)
    private String givenName;

    @Column(name = "family_name", length = 200)
    private String familyName;

    @Column(length = 32)
    private String gender;

    @Column(name = "birth_date", length = 10)
    private String birthDate;

    @Column(length = 1000)
    private String image;

    @Column(length = 320)
    private String email;

    @Column(name = "name_key", nullable = false, length = 300)
    private String nameKey;

    @Column(name = "search_name", nullable = false, length = 300)
    private String searchName;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    private String details;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Person() {
        // JPA
    }

    public Person(String legislatureId, String sourceId) {
        this.legislatureId = Objects.requireNonNull(legislatureId);
        this.sourceId = Objects.requireNonNull(sourceId);
        this.id = PopoloIds.of(legislatureId, sourceId);
    }

    /** The descriptive fields as the source gives them now; true when anything changed. */
    public boolean describe(PersonDescription d, Instant now) {
        String sort = d.sortName() == null || d.sortName().isBlank() ? d.name() : d.sortName();
        boolean changed = !Objects.equals(name, d.name()) || !Objects.equals(sortName, sort) || !Objects.equals(givenName, d.givenName())
                || !Objects.equals(familyName, d.familyName()) || !Objects.equals(gender, d.gender())
                || !Objects.equals(birthDate, d.birthDate()) || !Objects.equals(image, d.image()) || !Objects.equals(email, d.email())
                || !Objects.equals(details, d.details());
        if (!changed) {
            return false;
        }
        name = d.name();
        sortName = sort;
        givenName = d.givenName();
        familyName = d.familyName();
        gender = d.gender();
        birthDate = d.birthDate();
        image = d.image();
        email = d.email();
        details = d.details();
        nameKey = truncate(PersonNames.key(sort), 300);
        searchName = searchable(name);
        updatedAt = now;
        return true;
    }

    /** Lower case, no accents, single spaces: what the directory's name search compares against. */
    public static String searchable(String text) {
        return truncate(String.join(" ", PersonNames.words(text == null ? "" : text.replace('.', ' '))), 300);
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    public String id() {
        return id;
    }

    public String legislatureId() {
        return legislatureId;
    }

    public String sourceId() {
        return sourceId;
    }

    public String name() {
        return name;
    }

    public String sortName() {
        return sortName;
    }

    public String givenName() {
        return givenName;
    }

    public String familyName() {
        return familyName;
    }

    public String gender() {
        return gender;
    }

    public String birthDate() {
        return birthDate;
    }

    public String image() {
        return image;
    }

    public String email() {
        return email;
    }

    public String nameKey() {
        return nameKey;
    }

    public String details() {
        return details;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
