package mx.parlamentoabierto.legislator.application;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import mx.parlamentoabierto.legislator.domain.Area;
import mx.parlamentoabierto.legislator.domain.Identifier;
import mx.parlamentoabierto.legislator.domain.LegislativeTerm;
import mx.parlamentoabierto.legislator.domain.LegislatorRepository;
import mx.parlamentoabierto.legislator.domain.Membership;
import mx.parlamentoabierto.legislator.domain.Organization;
import mx.parlamentoabierto.legislator.domain.Person;
import mx.parlamentoabierto.legislator.domain.Post;
import mx.parlamentoabierto.legislature.domain.LegislatureRepository;
import mx.parlamentoabierto.platform.ResourceNotFoundException;
import mx.parlamentoabierto.platform.json.JsonMapping;
import mx.parlamentoabierto.platform.persistence.UnitOfWork;

/**
 * A legislature's legislators as one Popolo JSON document — persons, organizations, areas, posts, memberships and
 * its terms as events classified "legislative period" — the shape {@link PopoloImport} reads, so an export imports
 * back unchanged. Ids are the portal's ({@code diputados:PAN}); the fields kept as the source gave them (contact
 * details, links, other names, sources) are written back as they came.
 */
@jakarta.enterprise.context.ApplicationScoped
public class PopoloExport {

    private static final ObjectMapper JSON = JsonMapping.MAPPER;

    private LegislatorRepository legislators;
    private LegislatureRepository legislatures;

    protected PopoloExport() {
        // CDI proxy
    }

    @jakarta.inject.Inject
    public PopoloExport(LegislatorRepository legislators, LegislatureRepository legislatures) {
        this.legislators = legislators;
        this.legislatures = legislatures;
    }

    @UnitOfWork
    public ObjectNode export(String legislatureId) {
        if (legislatures.find(legislatureId).isEmpty()) {
            throw new ResourceNotFoundException("legislature", "No existe la legislatura '" + legislatureId + "'.");
        }
        ObjectNode root = JSON.createObjectNode();
        ArrayNode persons = root.putArray("persons");
        for (Person p : legislators.persons(legislatureId)) {
            ObjectNode n = personFields(details(p.details()), p);
            ArrayNode ids = n.putArray("identifiers");
            legislators.identifiersOf(p.id()).stream().sorted((a, b) -> (a.scheme() + a.identifier()).compareTo(b.scheme() + b.identifier()))
                    .forEach((Identifier i) -> ids.addObject().put("scheme", i.scheme()).put("identifier", i.identifier()));
            persons.add(n);
        }
        ArrayNode organizations = root.putArray("organizations");
        for (Organization o : legislators.organizations(legislatureId)) {
            organizations.add(organizationFields(details(o.details()), o));
        }
        ArrayNode areas = root.putArray("areas");
        for (Area a : legislators.areas(legislatureId)) {
            ObjectNode n = areas.addObject();
            n.put("id", a.id());
            n.put("name", a.name());
            put(n, "classification", a.classification());
        }
        ArrayNode posts = root.putArray("posts");
        for (Post p : legislators.posts(legislatureId)) {
            ObjectNode n = posts.addObject();
            n.put("id", p.id());
            n.put("label", p.label());
            put(n, "role", p.role());
            put(n, "organization_id", p.organizationId());
            put(n, "area_id", p.areaId());
        }
        ArrayNode memberships = root.putArray("memberships");
        for (Membership m : legislators.memberships(legislatureId)) {
            ObjectNode n = memberships.addObject();
            n.put("id", m.id());
            n.put("person_id", m.personId());
            n.put("organization_id", m.organizationId());
            put(n, "on_behalf_of_id", m.onBehalfOfId());
            put(n, "post_id", m.postId());
            put(n, "area_id", m.areaId());
            put(n, "role", m.role());
            put(n, "label", m.label());
            put(n, "legislative_period_id", m.termId() == null ? null : termEventId(legislatureId, m.termId()));
            put(n, "start_date", m.startDate());
            put(n, "end_date", m.endDate());
            if (m.sourceUrl() != null) {
                n.putArray("sources").addObject().put("url", m.sourceUrl());
            }
        }
        ArrayNode events = root.putArray("events");
        Map<String, String> chambers = legislators.organizations(legislatureId).stream()
                .filter(o -> Organization.LEGISLATURE.equals(o.classification())).collect(Collectors.toMap(o -> "chamber", Organization::id, (a, b) -> a));
        List<LegislativeTerm> terms = legislators.terms(legislatureId);
        for (LegislativeTerm t : terms) {
            ObjectNode n = events.addObject();
            n.put("id", termEventId(legislatureId, t.id()));
            n.put("name", t.name());
            n.put("classification", "legislative period");
            put(n, "organization_id", chambers.get("chamber"));
            put(n, "start_date", t.startDate() == null ? null : t.startDate().toString());
            put(n, "end_date", t.endDate() == null ? null : t.endDate().toString());
        }
        return root;
    }

    /** A person's Popolo fields (id, names, gender, birth date, image, e-mail) written into {@code n}; the API's person adds to them. */
    public static ObjectNode personFields(ObjectNode n, Person p) {
        n.put("id", p.id());
        n.put("name", p.name());
        n.put("sort_name", p.sortName());
        put(n, "given_name", p.givenName());
        put(n, "family_name", p.familyName());
        put(n, "gender", p.gender());
        put(n, "birth_date", p.birthDate());
        put(n, "image", p.image());
        put(n, "email", p.email());
        return n;
    }

    /** An organization's Popolo fields (id, name, classification, parent) written into {@code n}. */
    public static ObjectNode organizationFields(ObjectNode n, Organization o) {
        n.put("id", o.id());
        n.put("name", o.name());
        n.put("classification", o.classification());
        put(n, "parent_id", o.parentId());
        return n;
    }

    /** A term as a Popolo event id: {@code diputados:term/LXII}. */
    public static String termEventId(String legislatureId, String termId) {
        return legislatureId + ":term/" + termId;
    }

    private static ObjectNode details(String json) {
        if (json == null) {
            return JSON.createObjectNode();
        }
        try {
            JsonNode node = JSON.readTree(json);
            return node.isObject() ? (ObjectNode) node : JSON.createObjectNode();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return JSON.createObjectNode();
        }
    }

    /** Writes the field only when it has a value (Popolo leaves unknown fields out). */
    public static void put(ObjectNode n, String field, String value) {
        if (value != null) {
            n.put(field, value);
        }
    }
}
