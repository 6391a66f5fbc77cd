package mx.parlamentoabierto.legislator.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import mx.parlamentoabierto.legislator.domain.Area;
import mx.parlamentoabierto.legislator.domain.LegislativeTerm;
import mx.parlamentoabierto.legislator.domain.LegislatorRepository;
import mx.parlamentoabierto.legislator.domain.Membership;
import mx.parlamentoabierto.legislator.domain.Organization;
import mx.parlamentoabierto.legislator.domain.Person;
import mx.parlamentoabierto.platform.ResourceNotFoundException;
import mx.parlamentoabierto.platform.persistence.Database;
import mx.parlamentoabierto.platform.persistence.UnitOfWork;
import mx.parlamentoabierto.spanish.PersonNames;
import mx.parlamentoabierto.spanish.RomanNumerals;

/**
 * The legislator directory: persons filtered by legislature, term, group, state and district, and by words of their
 * name (accents and case ignored); "find your representative" is the same query by state and district. One entry per
 * person, with the membership of their latest matching term.
 */
@jakarta.enterprise.context.ApplicationScoped
public class LegislatorDirectory {

    /** The directory's filters; null means "any". */
    public record Query(String legislatureId, String termId, String groupId, String stateKey, Integer district, String words, int offset,
            int limit) {
    }

    /** One person as the directory lists them. */
    public record Entry(String personId, String name, String sortName, String image, String legislatureId, String termId, String groupId,
            String groupName, String areaId, String areaName, String stateName, Integer district, Integer region) {
    }

    /** A page of entries and how many match in all. */
    public record Page(List<Entry> entries, int total) {
    }

    /** A membership with the names of what it points at. */
    public record MembershipView(Membership membership, String organizationName, String organizationClassification, String groupName,
            String areaName) {
    }

    /** A person with every membership. */
    public record Profile(Person person, List<MembershipView> memberships) {
        public Optional<MembershipView> latestSeat() {
            return memberships.stream().filter(m -> Organization.LEGISLATURE.equals(m.organizationClassification())).findFirst();
        }

        public List<MembershipView> committees() {
            return memberships.stream().filter(m -> Organization.COMMITTEE.equals(m.organizationClassification())).toList();
        }
    }

    /** A state and its districts, for the "find your representative" form. */
    public record State(String key, String name, List<Integer> districts) {
    }

    private Database database;
    private LegislatorRepository legislators;

    protected LegislatorDirectory() {
        // CDI proxy
    }

    @jakarta.inject.Inject
    public LegislatorDirectory(Database database, LegislatorRepository legislators) {
        this.database = database;
        this.legislators = legislators;
    }

    @UnitOfWork
    public Page search(Query q) {
        EntityManager em = database.currentEntityManager();
        StringBuilder sql = new StringBuilder("SELECT p.id, p.name, p.sort_name, p.image, p.legislature_id, m.term_id, m.on_behalf_of_id, "
                + "g.name, a.id, a.name, a.state_name, a.district, a.region FROM person p LEFT JOIN membership m ON m.person_id = p.id "
                + "LEFT JOIN organization g ON g.id = m.on_behalf_of_id LEFT JOIN area a ON a.id = m.area_id WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        condition(sql, parameters, "p.legislature_id = ?", q.legislatureId());
        condition(sql, parameters, "m.term_id = ?", q.termId());
        condition(sql, parameters, "m.on_behalf_of_id = ?", q.groupId());
        condition(sql, parameters, "a.state_key = ?", q.stateKey());
        condition(sql, parameters, "a.district = ?", q.district());
        for (String word : words(q.words())) {
            condition(sql, parameters, "p.search_name LIKE ?", "%" + word + "%");
        }
        jakarta.persistence.Query query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<String, Entry> byPerson = new LinkedHashMap<>();
        for (Object[] r : rows) {
            Entry e = new Entry((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5], (String) r[6],
                    (String) r[7], (String) r[8], (String) r[9], (String) r[10], r[11] == null ? null : ((Number) r[11]).intValue(),
                    r[12] == null ? null : ((Number) r[12]).intValue());
            byPerson.merge(e.personId(), e, (a, b) -> termNumber(b.termId()) > termNumber(a.termId()) ? b : a);
        }
        List<Entry> all = new ArrayList<>(byPerson.values());
        all.sort(Comparator.comparing((Entry e) -> PersonNames.key(e.sortName())).thenComparing(Entry::personId));
        int from = Math.min(q.offset(), all.size());
        return new Page(all.subList(from, Math.min(all.size(), from + q.limit())), all.size());
    }

    /** Names for the search box's suggestions: up to {@code limit} persons whose name has every typed word. */
    @UnitOfWork
    public List<Entry> suggest(String legislatureId, String words, int limit) {
        if (words(words).isEmpty()) {
            return List.of();
        }
        return search(new Query(legislatureId, null, null, null, null, words, 0, limit)).entries();
    }

    @UnitOfWork
    public Profile profile(String personId) {
        Person person = legislators.person(personId)
                .orElseThrow(() -> new ResourceNotFoundException("id", "No existe la persona '" + personId + "'."));
        List<MembershipView> views = new ArrayList<>();
        List<Membership> memberships = new ArrayList<>(legislators.membershipsOf(personId));
        memberships.sort(Comparator.comparing((Membership m) -> -termNumber(m.termId())).thenComparing(m -> m.id()));
        for (Membership m : memberships) {
            Optional<Organization> org = legislators.organization(m.organizationId());
            String group = m.onBehalfOfId() == null ? null : legislators.organization(m.onBehalfOfId()).map(Organization::name).orElse(null);
            String area = m.areaId() == null ? null : legislators.area(m.areaId()).map(Area::name).orElse(null);
            views.add(new MembershipView(m, org.map(Organization::name).orElse(m.organizationId()),
                    org.map(Organization::classification).orElse(null), group, area));
        }
        return new Profile(person, views);
    }

    /** Moves whenever a person or a membership is added or a person changes (the search sync's test for reindexing). */
    @UnitOfWork
    public String fingerprint() {
        EntityManager em = database.currentEntityManager();
        Object[] persons = (Object[]) em.createNativeQuery("SELECT COUNT(*), MAX(updated_at) FROM person").getSingleResult();
        Object memberships = em.createNativeQuery("SELECT COUNT(*) FROM membership").getSingleResult();
        return persons[0] + "/" + persons[1] + "/" + memberships;
    }

    @UnitOfWork
    public List<Organization> organizations(String legislatureId) {
        return legislators.organizations(legislatureId);
    }

    @UnitOfWork
    public Optional<Organization> organization(String id) {
        return legislators.organization(id);
    }

    @UnitOfWork
    public List<LegislativeTerm> terms(String legislatureId) {
        List<LegislativeTerm> terms = new ArrayList<>(legislators.terms(legislatureId));
        terms.sort(Comparator.comparing((LegislativeTerm t) -> -termNumber(t.id())));
        return terms;
    }

    /** The states with districts among the legislature's areas (for the "find your representative" form). */
    @UnitOfWork
    public List<State> states(String legislatureId) {
        Map<String, State> states = new LinkedHashMap<>();
        for (Area a : legislators.areas(legislatureId)) {
            if (a.stateKey() == null) {
                continue;
            }
            State s = states.computeIfAbsent(a.stateKey(), k -> new State(k, a.stateName(), new ArrayList<>()));
            if (a.district() != null && !s.districts().contains(a.district())) {
                s.districts().add(a.district());
            }
        }
        List<State> sorted = new ArrayList<>(states.values());
        sorted.forEach(s -> s.districts().sort(Integer::compare));
        sorted.sort(Comparator.comparing(State::key));
        return sorted;
    }

    static int termNumber(String termId) {
        return termId == null ? -1 : RomanNumerals.value(termId).orElse(0);
    }

    /** The words of a name search, reduced the way names are stored (accents, case and particles dropped). */
    public static List<String> words(String text) {
        String searchable = text == null ? "" : Person.searchable(text);
        return searchable.isEmpty() ? List.of() : List.of(searchable.split(" ")).stream().limit(8).toList();
    }

    private static void condition(StringBuilder sql, List<Object> parameters, String condition, Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            sql.append(" AND ").append(condition);
            parameters.add(value);
        }
    }
}
