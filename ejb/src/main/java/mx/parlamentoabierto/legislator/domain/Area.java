package mx.parlamentoabierto.legislator.domain;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import mx.parlamentoabierto.spanish.SpanishText;

/**
 * A place a member represents (Popolo Area). Open Civic Data ids are read for what the directory filters on:
 * {@code ocd-division/country:mx/entidad:nuevo-león/distrito:7} is district 7 of Nuevo León;
 * {@code …/circunscripción:2} an electoral region (members elected by proportional representation).
 */
@Entity
@Cacheable(false)
@Table(name = "area")
public class Area {

    private static final Pattern STATE = Pattern.compile("/(?:entidad|state|estado):([^/]+)");
    private static final Pattern DISTRICT = Pattern.compile("/(?:distrito|district):(\\d+)");
    private static final Pattern REGION = Pattern.compile("/circunscripci[oó]n:(\\d+)");

    @Id
    @Column(length = 300)
    private String id;

    @Column(name = "legislature_id", nullable = false, length = 64)
    private String legislatureId;

    @Column(name = "source_id", nullable = false, length = 300)
    private String sourceId;

    @Column(nullable = false, length = 300)
    private String name;

    @Column(length = 64)
    private String classification;

    @Column(name = "state_key", length = 100)
    private String stateKey;

    @Column(name = "state_name", length = 100)
    private String stateName;

    private Integer district;

    private Integer region;

    protected Area() {
        // JPA
    }

    public Area(String legislatureId, String sourceId) {
        this.legislatureId = Objects.requireNonNull(legislatureId);
        this.sourceId = Objects.requireNonNull(sourceId);
        this.id = legislatureId + ":" + sourceId;
    }

    public boolean describe(String name, String classification) {
        Matcher state = STATE.matcher(sourceId);
        Matcher district = DISTRICT.matcher(sourceId);
        Matcher region = REGION.matcher(sourceId);
        String key = state.find() ? stateKey(state.group(1)) : null;
        Integer d = district.find() ? Integer.valueOf(district.group(1)) : null;
        Integer r = region.find() ? Integer.valueOf(region.group(1)) : null;
        String stateLabel = key == null ? null : CANONICAL_NAMES.getOrDefault(key, name.replaceAll("\\s+\\d+$", "").strip());
        String kind = classification != null ? classification : d != null ? "district" : r != null ? "region" : null;
        boolean changed = !Objects.equals(this.name, name) || !Objects.equals(this.classification, kind) || !Objects.equals(stateKey, key)
                || !Objects.equals(this.district, d) || !Objects.equals(this.region, r) || !Objects.equals(stateName, stateLabel);
        this.name = name;
        this.classification = kind;
        this.stateKey = key;
        this.stateName = stateLabel;
        this.district = d;
        this.region = r;
        return changed;
    }

    /**
     * Other names sources give the same state: the Distrito Federal is the Ciudad de México since 2016, and some sources
     * write a state's official long name. Each becomes the one key and name the portal lists.
     */
    private static final java.util.Map<String, String> STATE_ALIASES = java.util.Map.of(
            "distrito-federal", "ciudad-de-mexico", "mexico-city", "ciudad-de-mexico", "federal-district", "ciudad-de-mexico", "cdmx", "ciudad-de-mexico",
            "coahuila-de-zaragoza", "coahuila", "michoacan-de-ocampo", "michoacan", "veracruz-de-ignacio-de-la-llave", "veracruz",
            "estado-de-mexico", "mexico");
    private static final java.util.Map<String, String> CANONICAL_NAMES = java.util.Map.of(
            "ciudad-de-mexico", "Ciudad de México", "coahuila", "Coahuila", "michoacan", "Michoacán", "veracruz", "Veracruz", "mexico", "México");

    /** A state's key for filtering: accent-free, lower case, hyphens ({@code nuevo-leon}, {@code ciudad-de-mexico}); aliases folded. */
    public static String stateKey(String name) {
        String key = String.join("-", SpanishText.plainWords(name.replace('-', ' ')));
        return STATE_ALIASES.getOrDefault(key, key);
    }

    public String id() {
        return id;
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

    public String stateKey() {
        return stateKey;
    }

    public String stateName() {
        return stateName;
    }

    public Integer district() {
        return district;
    }

    public Integer region() {
        return region;
    }
}
