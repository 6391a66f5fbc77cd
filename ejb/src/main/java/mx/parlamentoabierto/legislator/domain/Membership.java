package mx.parlamentoabierto.legislator.domain;

import java.util.Objects;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A person's place in an organization (Popolo Membership): a seat in the chamber for a term, on behalf of a group,
 * for an area; or a seat on a committee. Sources without membership ids get a stable one from what the membership
 * is (see {@link #stableSourceId}).
 */
@Entity
@Cacheable(false)
@Table(name = "membership")
public class Membership {

    @Id
    @Column(length = 300)
    private String id;

    @Column(name = "legislature_id", nullable = false, length = 64)
    private String legislatureId;

    @Column(name = "person_id", nullable = false, length = 200)
    private String personId;

    @Column(name = "organization_id", nullable = false, length = 200)
    private String organizationId;

    @Column(name = "on_behalf_of_id", length = 200)
    private String onBehalfOfId;

    @Column(name = "post_id", length = 300)
    private String postId;

    @Column(name = "area_id", length = 300)
    private String areaId;

    @Column(length = 100)
    private String role;

    @Column(length = 300)
    private String label;

    @Column(name = "term_id", length = 16)
    private String termId;

    @Column(name = "start_date", length = 10)
    private String startDate;

    @Column(name = "end_date", length = 10)
    private String endDate;

    @Column(name = "source_url", length = 1000)
    private String sourceUrl;

    protected Membership() {
        // JPA
    }

    public Membership(String legislatureId, String sourceId) {
        this.legislatureId = Objects.requireNonNull(legislatureId);
        this.id = legislatureId + ":" + Objects.requireNonNull(sourceId);
    }

    /** A membership's id when the source gives none: what it is (person, organization, group, term, area, start). */
    public static String stableSourceId(String personId, String organizationId, String onBehalfOfId, String termId, String areaId,
            String startDate) {
        return "m-" + mx.parlamentoabierto.platform.Sha256.hex(String.join("|", String.valueOf(personId), String.valueOf(organizationId),
                String.valueOf(onBehalfOfId), String.valueOf(termId), String.valueOf(areaId), String.valueOf(startDate))).substring(0, 20);
    }

    public boolean describe(String personId, String organizationId, String onBehalfOfId, String postId, String areaId, String role, String label,
            String termId, String startDate, String endDate, String sourceUrl) {
        boolean changed = !Objects.equals(this.personId, personId) || !Objects.equals(this.organizationId, organizationId)
                || !Objects.equals(this.onBehalfOfId, onBehalfOfId) || !Objects.equals(this.postId, postId)
                || !Objects.equals(this.areaId, areaId) || !Objects.equals(this.role, role) || !Objects.equals(this.label, label)
                || !Objects.equals(this.termId, termId) || !Objects.equals(this.startDate, startDate)
                || !Objects.equals(this.endDate, endDate) || !Objects.equals(this.sourceUrl, sourceUrl);
        this.personId = Objects.requireNonNull(personId);
        this.organizationId = Objects.requireNonNull(organizationId);
        this.onBehalfOfId = onBehalfOfId;
        this.postId = postId;
        this.areaId = areaId;
        this.role = role;
        this.label = label;
        this.termId = termId;
        this.startDate = startDate;
        this.endDate = endDate;
        this.sourceUrl = sourceUrl;
        return changed;
    }

    public String id() {
        return id;
    }

    public String legislatureId() {
        return legislatureId;
    }

    public String personId() {
        return personId;
    }

    public String organizationId() {
        return organizationId;
    }

    public String onBehalfOfId() {
        return onBehalfOfId;
    }

    public String postId() {
        return postId;
    }

    public String areaId() {
        return areaId;
    }

    public String role() {
        return role;
    }

    public String label() {
        return label;
    }

    public String termId() {
        return termId;
    }

    public String startDate() {
        return startDate;
    }

    public String endDate() {
        return endDate;
    }

    public String sourceUrl() {
        return sourceUrl;
    }
}
