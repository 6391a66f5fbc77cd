package mx.parlamentoabierto.legislator.domain;

import java.util.Objects;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A seat that exists independently of who holds it (Popolo Post): "Diputado por el distrito 7 de Nuevo León". */
@Entity
@Cacheable(false)
@Table(name = "post")
public class Post {

    @Id
    @Column(length = 300)
    private String id;

    @Column(name = "legislature_id", nullable = false, length = 64)
    private String legislatureId;

    @Column(name = "source_id", nullable = false, length = 300)
    private String sourceId;

    @Column(nullable = false, length = 300)
    private String label;

    @Column(length = 100)
    private String role;

    @Column(name = "organization_id", length = 200)
    private String organizationId;

    @Column(name = "area_id", length = 300)
    private String areaId;

    protected Post() {
        // JPA
    }

    public Post(String legislatureId, String sourceId) {
        this.legislatureId = Objects.requireNonNull(legislatureId);
        this.sourceId = Objects.requireNonNull(sourceId);
        this.id = legislatureId + ":" + sourceId;
    }

    public boolean describe(String label, String role, String organizationId, String areaId) {
        boolean changed = !Objects.equals(this.label, label) || !Objects.equals(this.role, role)
                || !Objects.equals(this.organizationId, organizationId) || !Objects.equals(this.areaId, areaId);
        this.label = label;
        this.role = role;
        this.organizationId = organizationId;
        this.areaId = areaId;
        return changed;
    }

    public String id() {
        return id;
    }

    public String sourceId() {
        return sourceId;
    }

    public String label() {
        return label;
    }

    public String role() {
        return role;
    }

    public String organizationId() {
        return organizationId;
    }

    public String areaId() {
        return areaId;
    }
}
