package mx.parlamentoabierto.legislator.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Where persons, organizations, areas, posts, memberships and terms are kept; call inside a unit of work. */
public interface LegislatorRepository {

    Optional<Person> person(String id);

    List<Person> persons(String legislatureId);

    Set<Identifier> identifiersOf(String personId);

    /** Adds the identifiers the person does not have yet; answers how many were new. */
    int addIdentifiers(String personId, Set<Identifier> identifiers);

    Optional<Organization> organization(String id);

    List<Organization> organizations(String legislatureId);

    Optional<Area> area(String id);

    List<Area> areas(String legislatureId);

    Optional<Post> post(String id);

    List<Post> posts(String legislatureId);

    Optional<Membership> membership(String id);

    List<Membership> memberships(String legislatureId);

    List<Membership> membershipsOf(String personId);

    Optional<LegislativeTerm> term(String legislatureId, String termId);

    List<LegislativeTerm> terms(String legislatureId);

    /** Every person of the legislature as a voter candidate, marked when they hold a membership in the term. */
    List<VoterCandidate> voterCandidates(String legislatureId, String termId);

    /** Persons of the legislature with no membership at all (a directory cannot place them). */
    List<Person> personsWithoutMembership(String legislatureId, int limit);

    /** Persists a new record (one not found by its id); records already held are changed in place. */
    void add(Object record);
}
