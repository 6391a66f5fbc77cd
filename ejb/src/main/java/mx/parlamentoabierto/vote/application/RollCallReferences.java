package mx.parlamentoabierto.vote.application;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import mx.parlamentoabierto.legislator.domain.LegislativeTerm;
import mx.parlamentoabierto.legislator.domain.LegislatorRepository;
import mx.parlamentoabierto.legislator.domain.Organization;
import mx.parlamentoabierto.legislator.domain.PopoloIds;
import mx.parlamentoabierto.platform.InvalidInputException;
import mx.parlamentoabierto.spanish.PersonNames;

/**
 * The term and the groups a roll call refers to, found among the legislature's records or created, in the unit of work
 * of the import step that calls it ({@link VoteImport}).
 */
final class RollCallReferences {

    private final LegislatorRepository legislators;

    RollCallReferences(LegislatorRepository legislators) {
        this.legislators = legislators;
    }

    static void requireInside(LegislativeTerm term, VoteImport.Input input) {
        if (!term.covers(input.date())) {
            throw new InvalidInputException("date", "La fecha " + input.date() + " está fuera de la " + term.id() + " (" + term.startDate()
                    + " a " + (term.endDate() == null ? "hoy" : term.endDate()) + "): ¿es otro periodo legislativo?");
        }
    }

    LegislativeTerm term(VoteImport.Input input) {
        if (input.term() == null) {
            throw new InvalidInputException("term", "Falta el periodo legislativo (p. ej. LXII).");
        }
        LegislativeTerm term = legislators.term(input.legislatureId(), input.term()).orElseGet(() -> {
            LegislativeTerm created = new LegislativeTerm(input.legislatureId(), input.term(), input.term() + " Legislatura", null, null, null);
            legislators.add(created);
            return created;
        });
        requireInside(term, input);
        return term;
    }

    /** Each group key of the roll call → the organization it is (by source id, then by name), created when the legislature has none. */
    Map<String, String> groups(String legislatureId, Map<String, String> names, Instant now) {
        Map<String, String> ids = new HashMap<>();
        if (names.isEmpty()) {
            return ids;
        }
        List<Organization> known = legislators.organizations(legislatureId).stream().filter(Organization::isGroup).toList();
        for (Map.Entry<String, String> group : names.entrySet()) {
            String key = group.getKey();
            String name = group.getValue() == null ? key : group.getValue();
            Optional<Organization> found = known.stream().filter(o -> o.sourceId().equalsIgnoreCase(key)).findFirst()
                    .or(() -> known.stream().filter(o -> PersonNames.key(o.name()).equals(PersonNames.key(name))).findFirst())
                    .or(() -> known.stream().filter(o -> PersonNames.oneContainsTheOther(o.name(), name)).findFirst());
            if (found.isPresent()) {
                ids.put(key, found.get().id());
                continue;
            }
            String sourceId = key.length() > PopoloIds.MAX_SOURCE_ID ? key.substring(0, PopoloIds.MAX_SOURCE_ID) : key;
            Organization created = legislators.organization(PopoloIds.of(legislatureId, sourceId)).orElseGet(() -> {
                Organization o = new Organization(legislatureId, sourceId);
                o.describe(truncate(name, 300), Organization.PARTY, null, null, now);
                legislators.add(o);
                return o;
            });
            ids.put(key, created.id());
        }
        return ids;
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
