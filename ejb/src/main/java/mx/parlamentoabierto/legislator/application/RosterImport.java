package mx.parlamentoabierto.legislator.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import mx.parlamentoabierto.audit.application.AuditTrail;
import mx.parlamentoabierto.identity.application.DataImportAccess;
import mx.parlamentoabierto.identity.domain.Caller;
import mx.parlamentoabierto.legislator.application.PopoloImport.AreaData;
import mx.parlamentoabierto.legislator.application.PopoloImport.MembershipData;
import mx.parlamentoabierto.legislator.application.PopoloImport.OrganizationData;
import mx.parlamentoabierto.legislator.application.PopoloImport.Parsed;
import mx.parlamentoabierto.legislator.application.PopoloImport.PostData;
import mx.parlamentoabierto.legislator.application.PopoloImport.TermData;
import mx.parlamentoabierto.legislator.application.RosterLayouts.Layout;
import mx.parlamentoabierto.legislator.application.RosterLayouts.Period;
import mx.parlamentoabierto.legislator.application.RosterLayouts.RosterEntry;
import mx.parlamentoabierto.legislator.domain.Identifier;
import mx.parlamentoabierto.legislator.domain.LegislatorRepository;
import mx.parlamentoabierto.legislator.domain.Organization;
import mx.parlamentoabierto.legislator.domain.PeopleImported;
import mx.parlamentoabierto.legislator.domain.PersonDescription;
import mx.parlamentoabierto.legislator.domain.PopoloIds;
import mx.parlamentoabierto.legislator.domain.VoterCandidate;
import mx.parlamentoabierto.legislature.domain.Legislature;
import mx.parlamentoabierto.legislature.domain.LegislatureRepository;
import mx.parlamentoabierto.platform.InvalidInputException;
import mx.parlamentoabierto.platform.ResourceNotFoundException;
import mx.parlamentoabierto.platform.events.ApplicationEvents;
import mx.parlamentoabierto.platform.persistence.UnitOfWork;
import mx.parlamentoabierto.spanish.CongressTerms;
import mx.parlamentoabierto.spanish.PersonNames;

/**
 * Imports a chamber's roster ({@link RosterLayouts}: the Senado's and the Cámara de Diputados' layouts, told apart by
 * the header) into its legislature: a person per name — the person the legislature already holds under the same
 * name (a Popolo import's, or an earlier roster's) when there is exactly one, a new one otherwise —, a membership per
 * seat, legislature and period in office, on behalf of the party, in the post of the state and district, formula or
 * list; the substitute's membership names the titular. Terms, areas, posts and parties the legislature lacks are
 * added; those it holds are left as they are. Importing the same roster again changes nothing.
 */
@ApplicationScoped
public class RosterImport {

    /** What a roster import did: the records written, the persons found or created, and the rows left out, with why. */
    public record Summary(String legislatureId, String layout, int entries, int personsCreated, int personsFound,
            Map<String, PopoloImport.Counts> records, List<String> skipped) {
    }

    /** Party codes of the rosters and the organization ids the Popolo exports give the same parties. */
    private static final Map<String, String[]> PARTIES = Map.ofEntries(Map.entry("pan", new String[] {"PAN", "Partido Acción Nacional"}),
            Map.entry("pri", new String[] {"PRI", "Partido Revolucionario Institucional"}),
            Map.entry("prd", new String[] {"PRD", "Partido de la Revolución Democrática"}),
            Map.entry("pvem", new String[] {"PVE", "Partido Verde Ecologista de México"}), Map.entry("pt", new String[] {"PT", "Partido del Trabajo"}),
            Map.entry("conve", new String[] {"CONV", "Convergencia"}), Map.entry("conv", new String[] {"CONV", "Convergencia"}),
            Map.entry("mc", new String[] {"MC", "Movimiento Ciudadano"}), Map.entry("panal", new String[] {"PANAL", "Partido Nueva Alianza"}),
            Map.entry("na", new String[] {"PANAL", "Partido Nueva Alianza"}), Map.entry("morena", new String[] {"MORENA", "Movimiento Regeneración Nacional"}),
            Map.entry("pes", new String[] {"PES", "Encuentro Social"}), Map.entry("psd", new String[] {"PSD", "Partido Socialdemócrata"}),
            Map.entry("indep", new String[] {"_IND", "Sin Partido"}), Map.entry("sp", new String[] {"_IND", "Sin Partido"}));

    private LegislatorRepository legislators;
    private LegislatureRepository legislatures;
    private AuditTrail audit;
    private ApplicationEvents events;
    private Clock clock;

    protected RosterImport() {
        // CDI proxy
    }

    @Inject
    public RosterImport(LegislatorRepository legislators, LegislatureRepository legislatures, AuditTrail audit,
            ApplicationEvents events, Clock clock) {
        this.legislators = legislators;
        this.legislatures = legislatures;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @UnitOfWork
    public Summary importFile(Caller caller, String legislatureId, String fileName, byte[] content) {
        DataImportAccess.require(caller, legislatureId);
        Layout layout = RosterLayouts.detect(fileName, content);
        String expected = layout == Layout.SENATE ? "senado" : "diputados";
        if (!expected.equals(legislatureId)) {
            throw new InvalidInputException("legislature", fileName + ": es un padrón " + (layout == Layout.SENATE ? "del Senado" : "de la Cámara de "
                    + "Diputados") + "; impórtelo con --legislature " + expected + ", no " + legislatureId);
        }
        List<RosterEntry> entries = RosterLayouts.read(fileName, content, layout);
        Legislature legislature = legislatures.find(legislatureId)
                .orElseThrow(() -> new ResourceNotFoundException("legislature", "No existe la legislatura '" + legislatureId + "'."));
        Graph graph = new Graph(legislature, layout, fileName);
        entries.forEach(graph::add);
        PopoloImport.Summary written = PeopleWriter.write(legislators, clock.instant(), legislatureId, graph.parsed);
        Summary summary = new Summary(legislatureId, layout.code, entries.size(), graph.parsed.persons.size(), graph.personsFound.size(),
                written.records(), List.copyOf(graph.skipped));
        events.publish(new PeopleImported(legislatureId));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("file", fileName);
        after.put("layout", layout.code);
        after.put("entries", entries.size());
        summary.records().forEach((kind, c) -> after.put(kind, c.created() + " nuevos, " + c.updated() + " cambiados, " + c.unchanged() + " iguales"));
        audit.record(caller, "roster.imported", new AuditTrail.Subject("legislature", legislatureId, null), null, after);
        return summary;
    }

    /** The people graph of one roster, built against what the legislature already holds. */
    private final class Graph {
        final Parsed parsed = new Parsed();
        final Set<String> personsFound = new HashSet<>();
        final List<String> skipped = new ArrayList<>();
        private final String legislatureId;
        private final Layout layout;
        private final String file;
        private final String chamber;
        private final Map<String, List<String>> heldByKey = new HashMap<>();
        private final Set<String> membershipIds = new HashSet<>();
        private final Map<String, String> titularBySeat = new HashMap<>();

        Graph(Legislature legislature, Layout layout, String file) {
            this.legislatureId = legislature.id();
            this.layout = layout;
            this.file = file;
            for (VoterCandidate c : legislators.voterCandidates(legislatureId, null)) {
                heldByKey.computeIfAbsent(c.nameKey(), k -> new ArrayList<>()).add(PopoloIds.sourceId(c.id()));
            }
            Optional<Organization> held = legislators.organizations(legislatureId).stream()
                    .filter(o -> "legislature".equals(o.classification())).findFirst();
            chamber = held.map(o -> PopoloIds.sourceId(o.id())).orElse("camara");
            if (held.isEmpty()) {
                parsed.organizations.put(chamber, new OrganizationData(legislature.name(), "legislature", null, null));
            }
        }

        void add(RosterEntry e) {
            String key = PersonNames.key(e.name());
            List<String> held = heldByKey.getOrDefault(key, List.of());
            if (held.size() > 1) {
                skipped.add("línea " + e.line() + ": '" + e.name() + "' coincide con " + held.size() + " personas de la legislatura; no se adivina");
                return;
            }
            String person;
            if (held.size() == 1) {
                person = held.get(0);
                if (!parsed.persons.containsKey(person)) {
                    personsFound.add(person);
                }
            } else {
                person = personId(key);
                parsed.persons.computeIfAbsent(person, p -> describe(e));
            }
            if (!e.substitute()) {
                e.terms().forEach(t -> titularBySeat.put(t + ":" + e.seatId().replaceFirst("p$", ""), displayName(e.name())));
            }
            String party = party(e.party());
            String post = post(e);
            for (int term : e.terms()) {
                String termId = term(term);
                List<Period> periods = within(e.periods(), term);
                for (int i = 0; i < periods.size(); i++) {
                    Period p = periods.get(i);
                    String id = "roster:" + termId + ":" + e.seatId() + (periods.size() > 1 ? ":" + (i + 1) : "");
                    if (!membershipIds.add(id)) {
                        id = id + ":l" + e.line();
                        membershipIds.add(id);
                    }
                    String titular = e.substitute() ? titularBySeat.get(term + ":" + e.seatId().replaceFirst("s$", "")) : null;
                    parsed.memberships.add(new MembershipData(id, person, chamber, party, post, area(e), e.substitute() ? "suplente" : "propietario",
                            e.substitute() ? (titular == null ? "Suplente" : "Suplente de " + titular) : null, termId,
                            p == null || p.from() == null ? null : p.from().toString(), p == null || p.to() == null ? null : p.to().toString(), null));
                }
            }
        }

        /** The periods in office within a legislature, cut to it; one unknown period when the roster gives none. */
        private List<Period> within(List<Period> periods, int term) {
            if (periods.isEmpty()) {
                return java.util.Collections.singletonList(null);
            }
            List<Period> cut = new ArrayList<>();
            LocalDate start = CongressTerms.start(term);
            LocalDate end = CongressTerms.end(term);
            for (Period p : periods) {
                LocalDate from = p.from() == null ? start : p.from();
                LocalDate to = p.to() == null ? end : p.to();
                // a senator sworn in on 29 August sits from the legislature's first day
                if (!from.isAfter(end) && !to.isBefore(start.minusDays(7)) && !to.isBefore(from)) {
                    cut.add(new Period(p.from() == null || from.isBefore(start) ? null : from, p.to() == null || to.isAfter(end) ? null : to));
                }
            }
            return cut;
        }

        private String term(int number) {
            String id = CongressTerms.id(number);
            if (!parsed.terms.containsKey(id) && legislators.term(legislatureId, id).isEmpty()) {
                parsed.terms.put(id, new TermData(id, id + " Legislatura", CongressTerms.start(number), CongressTerms.end(number), "padron:" + number));
            }
            return id;
        }

        private String party(String code) {
            if (code == null || code.isBlank()) {
                return null;
            }
            String[] known = PARTIES.get(code.strip().toLowerCase(Locale.ROOT));
            String id = known == null ? code.strip().toUpperCase(Locale.ROOT) : known[0];
            if (!parsed.organizations.containsKey(id) && legislators.organization(PopoloIds.of(legislatureId, id)).isEmpty()) {
                parsed.organizations.put(id, new OrganizationData(known == null ? id : known[1], "party", null, null));
            }
            return id;
        }

        private String area(RosterEntry e) {
            if (e.state() == null) {
                return null;
            }
            String state = MexicanStates.division(e.state());
            String name = MexicanStates.name(e.state()).orElseThrow();
            String id = e.district() != null && layout == Layout.CHAMBER ? state + "/distrito:" + e.district() : state;
            if (!parsed.areas.containsKey(id) && legislators.area(legislatureId + ":" + id).isEmpty()) {
                parsed.areas.put(id, new AreaData(id.equals(state) ? name : name + " " + e.district(), id.equals(state) ? "entidad" : "constituency"));
            }
            return id;
        }

        private String post(RosterEntry e) {
            String id;
            String label;
            if (layout == Layout.SENATE) {
                id = e.state() == null ? "senado:lista-nacional" : "senado:" + e.state() + ":" + e.district();
                label = e.state() == null ? "Lista nacional" : MexicanStates.name(e.state()).orElseThrow() + ", fórmula " + e.district();
            } else if (e.circumscription() != null) {
                id = "circunscripcion:" + e.circumscription();
                label = "Representación proporcional, circunscripción " + e.circumscription();
            } else if (e.district() != null) {
                id = "distrito:" + e.state() + ":" + e.district();
                label = MexicanStates.name(e.state()).orElseThrow() + ", distrito " + e.district();
            } else {
                return null;
            }
            if (!parsed.posts.containsKey(id) && legislators.post(legislatureId + ":" + id).isEmpty()) {
                parsed.posts.put(id, new PostData(label, layout == Layout.SENATE ? "Senaduría" : "Diputación", chamber, null));
            }
            return id;
        }

        private PersonDescription describe(RosterEntry e) {
            String name = displayName(e.name());
            String family = e.familyNames().isBlank() ? null : displayName(e.familyNames());
            String given = e.givenNames().isBlank() ? null : displayName(e.givenNames());
            String sort = family == null || given == null ? name : family + ", " + given;
            return new PersonDescription(name, sort, given, family, e.gender(), e.birthYear(), null, null,
                    Set.of(new Identifier("padron:" + layout.code, file.replaceAll("[^A-Za-z0-9._-]", "_") + ":" + e.seatId())), null);
        }

        private String personId(String key) {
            String slug = "padron-" + key.replace(' ', '-');
            return slug.length() > PopoloIds.MAX_SOURCE_ID ? slug.substring(0, PopoloIds.MAX_SOURCE_ID) : slug;
        }
    }

    /** "ALFREDO MARTIN REYES VELAZQUEZ" as a name is written: capitals first, the particles in lower case. */
    static String displayName(String upper) {
        StringBuilder out = new StringBuilder();
        for (String word : upper.strip().toLowerCase(Locale.forLanguageTag("es-MX")).split("\\s+")) {
            if (out.length() > 0) {
                out.append(' ');
            }
            boolean particle = Set.of("de", "del", "la", "las", "los", "y", "e").contains(word) && out.length() > 0;
            out.append(particle || word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return out.toString();
    }
}
