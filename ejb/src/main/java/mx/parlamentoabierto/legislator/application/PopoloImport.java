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
import mx.parlamentoabierto.platform.persistence.UnitOfWork;
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

    private LegislatorRepository legislators;
    private LegislatureRepository legislatures;
    private AuditTrail audit;
    private ApplicationEvents events;
    private Clock clock;

    protected PopoloImport() {
        // CDI proxy
    }

    @jakarta.inject.Inject
    public PopoloImport(LegislatorRepository legislators, LegislatureRepository legislatures, AuditTrail audit,
            ApplicationEvents events, Clock clock) {
        this.legislators = legislators;
        this.legislatures = legislatures;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @UnitOfWork
    public Summary importFile(Caller caller, String legislatureId, String fileName, InputStream content) {
        DataImportAccess.require(caller, legislatureId);
        if (legislatures.find(legislatureId).isEmpty()) {
            throw new ResourceNotFoundException("legislature", "No existe la legislatura '" + legislatureId + "'.");
        }
        JsonNode root = JsonDataReader.parse(fileName, content).node();
        Parsed parsed = new PopoloReader(legislators, fileName, legislatureId).read(root);
        Summary summary = PeopleWriter.write(legislators, clock.instant(), legislatureId, parsed);
        events.publish(new PeopleImported(legislatureId));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("file", fileName);
        summary.records().forEach((kind, c) -> after.put(kind, c.created() + " nuevos, " + c.updated() + " cambiados, " + c.unchanged() + " iguales"));
        audit.record(caller, "popolo.imported", new AuditTrail.Subject("legislature", legislatureId, null), null, after);
        return summary;
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
