package mx.parlamentoabierto.legislator.application;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import mx.parlamentoabierto.legislator.application.PopoloImport.Counts;
import mx.parlamentoabierto.legislator.application.PopoloImport.MembershipData;
import mx.parlamentoabierto.legislator.application.PopoloImport.OrganizationData;
import mx.parlamentoabierto.legislator.application.PopoloImport.Parsed;
import mx.parlamentoabierto.legislator.application.PopoloImport.PostData;
import mx.parlamentoabierto.legislator.application.PopoloImport.AreaData;
import mx.parlamentoabierto.legislator.application.PopoloImport.TermData;
import mx.parlamentoabierto.legislator.domain.Area;
import mx.parlamentoabierto.legislator.domain.Identifier;
import mx.parlamentoabierto.legislator.domain.LegislativeTerm;
import mx.parlamentoabierto.legislator.domain.LegislatorRepository;
import mx.parlamentoabierto.legislator.domain.Membership;
import mx.parlamentoabierto.legislator.domain.Organization;
import mx.parlamentoabierto.legislator.domain.Person;
import mx.parlamentoabierto.legislator.domain.PersonDescription;
import mx.parlamentoabierto.legislator.domain.PopoloIds;
import mx.parlamentoabierto.legislator.domain.Post;

/**
 * Writes a checked graph of people (terms, areas, organizations, posts, persons, memberships) into one legislature,
 * upserting each record by its source id and counting what was created, changed and left as it was. The Popolo import
 * and the roster import both end here, inside their unit of work.
 */
final class PeopleWriter {

    private PeopleWriter() {
    }

    static PopoloImport.Summary write(LegislatorRepository legislators, Instant now, String legislatureId, Parsed p) {
        Map<String, Counts> counts = new LinkedHashMap<>();
        for (TermData t : p.terms.values()) {
            upsert(legislators, counts, "terms", legislators.term(legislatureId, t.id()),
                    () -> new LegislativeTerm(legislatureId, t.id(), t.name(), t.start(), t.end(), t.sourceId()), term -> term.describe(t.name(), t.start(), t.end(), t.sourceId()));
        }
        for (Map.Entry<String, AreaData> e : p.areas.entrySet()) {
            upsert(legislators, counts, "areas", legislators.area(legislatureId + ":" + e.getKey()), () -> new Area(legislatureId, e.getKey()),
                    area -> area.describe(e.getValue().name(), e.getValue().classification()));
        }
        for (Map.Entry<String, OrganizationData> e : p.organizations.entrySet()) {
            OrganizationData o = e.getValue();
            upsert(legislators, counts, "organizations", legislators.organization(PopoloIds.of(legislatureId, e.getKey())),
                    () -> new Organization(legislatureId, e.getKey()), organization -> organization.describe(o.name(), o.classification(),
                            o.parentId() == null ? null : PopoloIds.of(legislatureId, o.parentId()), o.details(), now));
        }
        for (Map.Entry<String, PostData> e : p.posts.entrySet()) {
            PostData d = e.getValue();
            upsert(legislators, counts, "posts", legislators.post(legislatureId + ":" + e.getKey()), () -> new Post(legislatureId, e.getKey()),
                    post -> post.describe(d.label(), d.role(), d.organizationId() == null ? null : PopoloIds.of(legislatureId, d.organizationId()),
                            d.areaId() == null ? null : legislatureId + ":" + d.areaId()));
        }
        for (Map.Entry<String, PersonDescription> e : p.persons.entrySet()) {
            Optional<Person> held = legislators.person(PopoloIds.of(legislatureId, e.getKey()));
            Set<Identifier> ids = new LinkedHashSet<>(e.getValue().identifiers());
            ids.addAll(p.learnedIdentifiers.getOrDefault(e.getKey(), Set.of()));
            // a held person's new identifiers count as a change; a new person's are written once it is persisted
            Person person = upsert(legislators, counts, "persons", held, () -> new Person(legislatureId, e.getKey()),
                    x -> x.describe(e.getValue(), now) | (held.isPresent() && legislators.addIdentifiers(x.id(), ids) > 0));
            if (held.isEmpty()) {
                legislators.addIdentifiers(person.id(), ids);
            }
        }
        for (MembershipData m : p.memberships) {
            String personId = PopoloIds.of(legislatureId, m.personId());
            String organizationId = PopoloIds.of(legislatureId, m.organizationId());
            String groupId = m.onBehalfOfId() == null ? null : PopoloIds.of(legislatureId, m.onBehalfOfId());
            String areaId = m.areaId() == null ? null : legislatureId + ":" + m.areaId();
            String sourceId = m.id() != null ? m.id() : Membership.stableSourceId(personId, organizationId, groupId, m.termId(), areaId, m.start());
            upsert(legislators, counts, "memberships", legislators.membership(legislatureId + ":" + sourceId), () -> new Membership(legislatureId, sourceId),
                    membership -> membership.describe(personId, organizationId, groupId, m.postId() == null ? null : legislatureId + ":" + m.postId(),
                            areaId, m.role(), m.label(), m.termId(), m.start(), m.end(), m.sourceUrl()));
        }
        return new PopoloImport.Summary(legislatureId, counts, p.skippedEvents);
    }

    /** Describes the record held under its id (or a new one, then added) and counts it as created, updated or unchanged. */
    private static <T> T upsert(LegislatorRepository legislators, Map<String, Counts> counts, String kind, Optional<T> held, java.util.function.Supplier<T> create,
            java.util.function.Predicate<T> describe) {
        T record = held.orElseGet(create);
        boolean changed = describe.test(record);
        if (held.isEmpty()) {
            legislators.add(record);
        }
        counts.merge(kind, new Counts(0, 0, 0).plus(held.isEmpty(), changed), PeopleWriter::sum);
        return record;
    }

    private static Counts sum(Counts a, Counts b) {
        return new Counts(a.created() + b.created(), a.updated() + b.updated(), a.unchanged() + b.unchanged());
    }

}
