package mx.parlamentoabierto.legislator.application;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import mx.parlamentoabierto.audit.application.AuditTrail;
import mx.parlamentoabierto.identity.application.DataImportAccess;
import mx.parlamentoabierto.identity.domain.Caller;
import mx.parlamentoabierto.legislator.domain.Area;
import mx.parlamentoabierto.legislator.domain.Identifier;
import mx.parlamentoabierto.legislator.domain.LegislativeTerm;
import mx.parlamentoabierto.legislator.domain.LegislatorRepository;
import mx.parlamentoabierto.legislator.domain.Membership;
import mx.parlamentoabierto.legislator.domain.Organization;
import mx.parlamentoabierto.legislator.domain.PeopleImported;
import mx.parlamentoabierto.legislator.domain.Person;
import mx.parlamentoabierto.legislator.domain.PersonDescription;
import mx.parlamentoabierto.legislator.domain.PopoloIds;
import mx.parlamentoabierto.legislator.domain.Post;
import mx.parlamentoabierto.legislature.domain.LegislatureRepository;
import mx.parlamentoabierto.platform.ResourceNotFoundException;
import mx.parlamentoabierto.platform.events.ApplicationEvents;
import mx.parlamentoabierto.platform.json.JsonDataReader;
import mx.parlamentoabierto.platform.persistence.Database;
import mx.parlamentoabierto.spanish.RomanNumerals;

/**
 * Reads a Popolo JSON file (EveryPolitician's exports and any file of the same shape) into one legislature:
 * persons, organizations, areas, posts, legislative terms (events classified "legislative period") and
 * memberships. The whole file is checked first — every reference must resolve, dates must be ISO dates — and a
 * problem names the JSON path; nothing is written unless all of it is valid. Records are upserted by their source
 * ids, so importing the same file again changes nothing. A membership sourced from the SITL's curricula
 * ({@code …/LXII_leg/curricula.php?dipt=316}) gives its person the identifier {@code sitl:LXII} = 316, by which
 * roll calls find their voters.
 */
@jakarta.enterprise.context.ApplicationScoped
public class PopoloImport {

    private static final Pattern ROMAN_WORD = Pattern.compile("\\b([LXVI]{2,})\\b");
    private static final Pattern TERM_NUMBER = Pattern.compile("(?<!\\d)(\\d{1,3})$");

    /** What an import did, by kind of record. */
    public record Summary(String legislatureId, Map<String, Counts> records, int skippedEvents) {
    }

    /** Created, changed and unchanged records of one kind. */
    public record Counts(int created, int updated, int unchanged) {
        Counts plus(boolean isNew, boolean changed) {
            return new Counts(created + (isNew ? 1 : 0), updated + (!isNew && changed ? 1 : 0), unchanged + (!isNew && !changed ? 1 : 0));
        }
    }

    private Database database;
    private LegislatorRepository legislators;
    private LegislatureRepository legislatures;
    private AuditTrail audit;
    private ApplicationEvents events;
    private Clock clock;

    protected PopoloImport() {
        // CDI proxy
    }

    @jakarta.inject.Inject
    public PopoloImport(Database database, LegislatorRepository legislators, LegislatureRepository legislatures, AuditTrail audit,
            ApplicationEvents events, Clock clock) {
        this.database = database;
        this.legislators = legislators;
        this.legislatures = legislatures;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    public Summary importFile(Caller caller, String legislatureId, String fileName, InputStream content) {
        DataImportAccess.require(caller, legislatureId);
        if (database.inTransaction(em -> legislatures.find(legislatureId)).isEmpty()) {
            throw new ResourceNotFoundException("legislature", "No existe la legislatura '" + legislatureId + "'.");
        }
        JsonNode root = JsonDataReader.parse(fileName, content).node();
        Parsed parsed = new PopoloReader(database, legislators, fileName, legislatureId).read(root);
        Summary summary = database.inTransaction(em -> write(legislatureId, parsed));
        events.publish(new PeopleImported(legislatureId));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("file", fileName);
        summary.records().forEach((kind, c) -> after.put(kind, c.created() + " nuevos, " + c.updated() + " cambiados, " + c.unchanged() + " iguales"));
        audit.record(caller, "popolo.imported", new AuditTrail.Subject("legislature", legislatureId, null), null, after);
        return summary;
    }

    private Summary write(String legislatureId, Parsed p) {
        var now = clock.instant();
        Map<String, Counts> counts = new LinkedHashMap<>();
        for (TermData t : p.terms.values()) {
            upsert(counts, "terms", legislators.term(legislatureId, t.id),
                    () -> new LegislativeTerm(legislatureId, t.id, t.name, t.start, t.end, t.sourceId), term -> term.describe(t.name, t.start, t.end, t.sourceId));
        }
        for (Map.Entry<String, AreaData> e : p.areas.entrySet()) {
            upsert(counts, "areas", legislators.area(legislatureId + ":" + e.getKey()), () -> new Area(legislatureId, e.getKey()),
                    area -> area.describe(e.getValue().name, e.getValue().classification));
        }
        for (Map.Entry<String, OrganizationData> e : p.organizations.entrySet()) {
            OrganizationData o = e.getValue();
            upsert(counts, "organizations", legislators.organization(PopoloIds.of(legislatureId, e.getKey())),
                    () -> new Organization(legislatureId, e.getKey()), organization -> organization.describe(o.name, o.classification,
                            o.parentId == null ? null : PopoloIds.of(legislatureId, o.parentId), o.details, now));
        }
        for (Map.Entry<String, PostData> e : p.posts.entrySet()) {
            PostData d = e.getValue();
            upsert(counts, "posts", legislators.post(legislatureId + ":" + e.getKey()), () -> new Post(legislatureId, e.getKey()),
                    post -> post.describe(d.label, d.role, d.organizationId == null ? null : PopoloIds.of(legislatureId, d.organizationId),
                            d.areaId == null ? null : legislatureId + ":" + d.areaId));
        }
        for (Map.Entry<String, PersonDescription> e : p.persons.entrySet()) {
            Optional<Person> held = legislators.person(PopoloIds.of(legislatureId, e.getKey()));
            Set<Identifier> ids = new LinkedHashSet<>(e.getValue().identifiers());
            ids.addAll(p.learnedIdentifiers.getOrDefault(e.getKey(), Set.of()));
            // a held person's new identifiers count as a change; a new person's are written once it is persisted
            Person person = upsert(counts, "persons", held, () -> new Person(legislatureId, e.getKey()),
                    x -> x.describe(e.getValue(), now) | (held.isPresent() && legislators.addIdentifiers(x.id(), ids) > 0));
            if (held.isEmpty()) {
                legislators.addIdentifiers(person.id(), ids);
            }
        }
        for (MembershipData m : p.memberships) {
            String personId = PopoloIds.of(legislatureId, m.personId);
            String organizationId = PopoloIds.of(legislatureId, m.organizationId);
            String groupId = m.onBehalfOfId == null ? null : PopoloIds.of(legislatureId, m.onBehalfOfId);
            String areaId = m.areaId == null ? null : legislatureId + ":" + m.areaId;
            String sourceId = m.id != null ? m.id : Membership.stableSourceId(personId, organizationId, groupId, m.termId, areaId, m.start);
            upsert(counts, "memberships", legislators.membership(legislatureId + ":" + sourceId), () -> new Membership(legislatureId, sourceId),
                    membership -> membership.describe(personId, organizationId, groupId, m.postId == null ? null : legislatureId + ":" + m.postId,
                            areaId, m.role, m.label, m.termId, m.start, m.end, m.sourceUrl));
        }
        return new Summary(legislatureId, counts, p.skippedEvents);
    }

    /** Describes the record held under its id (or a new one, then added) and counts it as created, updated or unchanged. */
    private <T> T upsert(Map<String, Counts> counts, String kind, Optional<T> held, java.util.function.Supplier<T> create,
            java.util.function.Predicate<T> describe) {
        T record = held.orElseGet(create);
        boolean changed = describe.test(record);
        if (held.isEmpty()) {
            legislators.add(record);
        }
        counts.merge(kind, new Counts(0, 0, 0).plus(held.isEmpty(), changed), PopoloImport::sum);
        return record;
    }

    private static Counts sum(Counts a, Counts b) {
        return new Counts(a.created() + b.created(), a.updated() + b.updated(), a.unchanged() + b.unchanged());
    }

    /** The term id of a Popolo legislative period: the Roman numeral in its name, or its number ({@code term/62} → LXII). */
    static String termId(String sourceId, String name) {
        if (name != null) {
            Matcher roman = ROMAN_WORD.matcher(name.toUpperCase(Locale.ROOT));
            while (roman.find()) {
                if (RomanNumerals.value(roman.group(1)).isPresent()) {
                    return roman.group(1);
                }
            }
        }
        Matcher number = TERM_NUMBER.matcher(sourceId);
        if (number.find()) {
            return RomanNumerals.of(Integer.parseInt(number.group(1)));
        }
        if (RomanNumerals.value(sourceId).isPresent()) {
            return sourceId.toUpperCase(Locale.ROOT);
        }
        String slug = sourceId.replaceAll("[^A-Za-z0-9-]", "-");
        return slug.length() > 16 ? slug.substring(0, 16) : slug;
    }

    record TermData(String id, String name, LocalDate start, LocalDate end, String sourceId) {
    }

    record AreaData(String name, String classification) {
    }

    record OrganizationData(String name, String classification, String parentId, String details) {
    }

    record PostData(String label, String role, String organizationId, String areaId) {
    }

    record MembershipData(String id, String personId, String organizationId, String onBehalfOfId, String postId, String areaId, String role,
            String label, String termId, String start, String end, String sourceUrl) {
    }

    static final class Parsed {
        final Map<String, TermData> terms = new LinkedHashMap<>();
        final Map<String, String> termBySource = new HashMap<>();
        final Map<String, AreaData> areas = new LinkedHashMap<>();
        final Map<String, OrganizationData> organizations = new LinkedHashMap<>();
        final Map<String, PostData> posts = new LinkedHashMap<>();
        final Map<String, PersonDescription> persons = new LinkedHashMap<>();
        final List<MembershipData> memberships = new java.util.ArrayList<>();
        final Map<String, Set<Identifier>> learnedIdentifiers = new HashMap<>();
        int skippedEvents;
    }

}
