package mx.parlamentoabierto.legislator.infrastructure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import mx.parlamentoabierto.legislator.domain.Area;
import mx.parlamentoabierto.legislator.domain.Identifier;
import mx.parlamentoabierto.legislator.domain.VoterCandidate;
import mx.parlamentoabierto.legislator.domain.LegislativeTerm;
import mx.parlamentoabierto.legislator.domain.LegislatorRepository;
import mx.parlamentoabierto.legislator.domain.Membership;
import mx.parlamentoabierto.legislator.domain.Organization;
import mx.parlamentoabierto.legislator.domain.Person;
import mx.parlamentoabierto.legislator.domain.Post;
import mx.parlamentoabierto.platform.persistence.Database;

@ApplicationScoped
public class JpaLegislatorRepository implements LegislatorRepository {

    private Database database;

    protected JpaLegislatorRepository() {
        // CDI proxy
    }

    @Inject
    public JpaLegislatorRepository(Database database) {
        this.database = database;
    }

    private EntityManager em() {
        return database.currentEntityManager();
    }

    private <T> List<T> ofLegislature(Class<T> type, String legislatureId, String order) {
        return em().createQuery("SELECT x FROM " + type.getSimpleName() + " x WHERE x.legislatureId = :l ORDER BY " + order, type)
                .setParameter("l", legislatureId).getResultList();
    }

    @Override
    public Optional<Person> person(String id) {
        return Optional.ofNullable(em().find(Person.class, id));
    }

    @Override
    public List<Person> persons(String legislatureId) {
        return ofLegislature(Person.class, legislatureId, "x.sortName, x.id");
    }

    @Override
    public Set<Identifier> identifiersOf(String personId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em().createNativeQuery("SELECT scheme, identifier FROM person_identifier WHERE person_id = ?1 ORDER BY scheme, identifier")
                .setParameter(1, personId).getResultList();
        Set<Identifier> ids = new java.util.LinkedHashSet<>();
        rows.forEach(r -> ids.add(new Identifier((String) r[0], (String) r[1])));
        return ids;
    }

    @Override
    public int addIdentifiers(String personId, Set<Identifier> identifiers) {
        Set<Identifier> missing = new java.util.LinkedHashSet<>(identifiers);
        missing.removeAll(identifiersOf(personId));
        if (!missing.isEmpty()) {
            em().flush(); // the person row the identifiers reference
        }
        for (Identifier id : missing) {
            em().createNativeQuery("INSERT INTO person_identifier (person_id, scheme, identifier) VALUES (?1, ?2, ?3)")
                    .setParameter(1, personId).setParameter(2, id.scheme()).setParameter(3, id.identifier()).executeUpdate();
        }
        return missing.size();
    }

    @Override
    public Optional<Organization> organization(String id) {
        return Optional.ofNullable(em().find(Organization.class, id));
    }

    @Override
    public List<Organization> organizations(String legislatureId) {
        return ofLegislature(Organization.class, legislatureId, "x.classification, x.name");
    }

    @Override
    public Optional<Area> area(String id) {
        return Optional.ofNullable(em().find(Area.class, id));
    }

    @Override
    public List<Area> areas(String legislatureId) {
        return ofLegislature(Area.class, legislatureId, "x.name");
    }

    @Override
    public Optional<Post> post(String id) {
        return Optional.ofNullable(em().find(Post.class, id));
    }

    @Override
    public List<Post> posts(String legislatureId) {
        return ofLegislature(Post.class, legislatureId, "x.label");
    }

    @Override
    public Optional<Membership> membership(String id) {
        return Optional.ofNullable(em().find(Membership.class, id));
    }

    @Override
    public List<Membership> memberships(String legislatureId) {
        return ofLegislature(Membership.class, legislatureId, "x.id");
    }

    @Override
    public List<Membership> membershipsOf(String personId) {
        return em().createQuery("SELECT m FROM Membership m WHERE m.personId = :p ORDER BY m.termId DESC, m.startDate DESC", Membership.class)
                .setParameter("p", personId).getResultList();
    }

    @Override
    public Optional<LegislativeTerm> term(String legislatureId, String termId) {
        return Optional.ofNullable(em().find(LegislativeTerm.class, new LegislativeTerm.Key(legislatureId, termId)));
    }

    @Override
    public List<LegislativeTerm> terms(String legislatureId) {
        return ofLegislature(LegislativeTerm.class, legislatureId, "x.startDate, x.id");
    }

    @Override
    public List<VoterCandidate> voterCandidates(String legislatureId, String termId) {
        // Two queries (persons with a term flag, then identifiers), not one per person.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em().createNativeQuery("SELECT p.id, p.sort_name, p.name_key, (SELECT COUNT(*) FROM membership m "
                + "WHERE m.person_id = p.id AND m.term_id = ?2) FROM person p WHERE p.legislature_id = ?1")
                .setParameter(1, legislatureId).setParameter(2, termId == null ? "" : termId).getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> ids = em().createNativeQuery("SELECT i.person_id, i.scheme, i.identifier FROM person_identifier i "
                + "JOIN person p ON p.id = i.person_id WHERE p.legislature_id = ?1").setParameter(1, legislatureId).getResultList();
        Map<String, Set<Identifier>> byPerson = new HashMap<>();
        for (Object[] r : ids) {
            byPerson.computeIfAbsent((String) r[0], k -> new HashSet<>()).add(new Identifier((String) r[1], (String) r[2]));
        }
        List<VoterCandidate> candidates = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            candidates.add(new VoterCandidate((String) r[0], (String) r[1], (String) r[2], byPerson.getOrDefault((String) r[0], Set.of()),
                    ((Number) r[3]).longValue() > 0));
        }
        return candidates;
    }

    @Override
    public List<Person> personsWithoutMembership(String legislatureId, int limit) {
        return em().createQuery("SELECT p FROM Person p WHERE p.legislatureId = :l AND NOT EXISTS "
                + "(SELECT m.id FROM Membership m WHERE m.personId = p.id) ORDER BY p.sortName", Person.class)
                .setParameter("l", legislatureId).setMaxResults(limit).getResultList();
    }

    @Override
    public void add(Object record) {
        em().persist(record);
    }
}
