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

/**
 * A body people belong to (Popolo Organization): the chamber itself ({@code legislature}), a parliamentary group or
 * party ({@code party}), a committee ({@code committee}). Identifiers, other names and links stay as JSON.
 */
@Entity
@Cacheable(false)
@Table(name = "organization")
public class Organization {

    public static final String LEGISLATURE = "legislature";
    public static final String PARTY = "party";
    public static final String COMMITTEE = "committee";

    @Id
    @Column(length = 200)
    private String id;

    @Column(name = "legislature_id", nullable = false, length = 64)
    private String legislatureId;

    @Column(name = "source_id", nullable = false, length = 200)
    private String sourceId;

    @Column(nullable = false, length = 300)
    private String name;

    @Column(nullable = false, length = 64)
    private String classification;

    @Column(name = "parent_id", length = 200)
    private String parentId;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    private String details;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Organization() {
        // JPA
    }

    public Organization(String legislatureId, String sourceId) {
        this.legislatureId = Objects.requireNonNull(legislatureId);
        this.sourceId = Objects.requireNonNull(sourceId);
        this.id = PopoloIds.of(legislatureId, sourceId);
    }

    public boolean describe(String name, String classification, String parentId, String details, Instant now) {
        String kind = classification == null || classification.isBlank() ? PARTY : classification;
        boolean changed = !Objects.equals(this.name, name) || !Objects.equals(this.classification, kind)
                || !Objects.equals(this.parentId, parentId) || !Objects.equals(this.details, details);
        if (changed) {
            this.name = Objects.requireNonNull(name);
            this.classification = kind;
            this.parentId = parentId;
            this.details = details;
            this.updatedAt = now;
        }
        return changed;
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

    public String classification() {
        return classification;
    }

    public String parentId() {
        return parentId;
    }

    public String details() {
        return details;
    }

    public boolean isGroup() {
        return PARTY.equals(classification) || "parliamentary group".equals(classification);
    }
}
