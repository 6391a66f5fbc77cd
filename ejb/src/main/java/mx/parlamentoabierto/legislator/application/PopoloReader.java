package mx.parlamentoabierto.legislator.application;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import mx.parlamentoabierto.legislator.application.PopoloImport.AreaData;
import mx.parlamentoabierto.legislator.application.PopoloImport.MembershipData;
import mx.parlamentoabierto.legislator.application.PopoloImport.OrganizationData;
import mx.parlamentoabierto.legislator.application.PopoloImport.Parsed;
import mx.parlamentoabierto.legislator.application.PopoloImport.PostData;
import mx.parlamentoabierto.legislator.application.PopoloImport.TermData;
import mx.parlamentoabierto.legislator.domain.Identifier;
import mx.parlamentoabierto.legislator.domain.LegislatorRepository;
import mx.parlamentoabierto.legislator.domain.PersonDescription;
import mx.parlamentoabierto.legislator.domain.PopoloIds;
import mx.parlamentoabierto.platform.HttpUrl;
import mx.parlamentoabierto.platform.json.InvalidDataFileException;
import mx.parlamentoabierto.platform.json.JsonMapping;

/** Walks the file, checking every field it keeps; each problem names the file and the JSON path. */
final class PopoloReader {

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}){0,2}");
    private static final Pattern SITL_CURRICULUM = Pattern.compile("sitl\\.diputados\\.gob\\.mx/([LXVI]+)_leg/[^?]*\\?(?:[^#]*&)?dipt=(\\d+)");
    private static final Set<String> PERSON_DETAILS = Set.of("contact_details", "links", "other_names", "sources", "images", "summary",
            "biography", "honorific_prefix", "honorific_suffix", "death_date", "national_identity", "additional_name", "patronymic_name");
    private static final Set<String> ORGANIZATION_DETAILS = Set.of("identifiers", "other_names", "links", "contact_details", "seats", "type",
            "founding_date", "dissolution_date", "image", "sources", "abstract", "description");
    private static final ObjectMapper JSON = JsonMapping.MAPPER;

    private final LegislatorRepository legislators;
    private final String file;
    private final String legislatureId;

    PopoloReader(LegislatorRepository legislators, String file, String legislatureId) {
        this.legislators = legislators;
        this.file = file;
        this.legislatureId = legislatureId;
    }

    InvalidDataFileException error(String path, String problem) {
        return new InvalidDataFileException(file, path, problem);
    }

    Parsed read(JsonNode root) {
        if (!root.isObject()) {
            throw error("$", "un archivo Popolo es un objeto JSON con listas persons, organizations, memberships…");
        }
        if (!root.has("persons") && !root.has("organizations") && !root.has("memberships")) {
            throw error("$", "no tiene persons, organizations ni memberships: no parece un archivo Popolo");
        }
        Parsed p = new Parsed();
        each(root, "events", (node, path) -> {
            String classification = optional(node, "classification", path);
            if (!"legislative period".equals(classification) && !"legislative_period".equals(classification)) {
                p.skippedEvents++;
                return;
            }
            String id = required(node, "id", path);
            String name = optional(node, "name", path);
            String termId = PopoloImport.termId(id, name);
            LocalDate start = isoDate(node, "start_date", path);
            LocalDate end = isoDate(node, "end_date", path);
            if (start != null && end != null && end.isBefore(start)) {
                throw error(path + ".end_date", "termina (" + end + ") antes de empezar (" + start + ")");
            }
            p.terms.put(termId, new TermData(termId, name == null ? termId + " Legislatura" : name, start, end, id));
            p.termBySource.put(id, termId);
        });
        each(root, "areas", (node, path) -> {
            String id = required(node, "id", path);
            p.areas.put(sourceId(id, path + ".id"), new AreaData(required(node, "name", path),
                    Optional.ofNullable(optional(node, "classification", path)).orElse(optional(node, "type", path))));
        });
        each(root, "organizations", (node, path) -> {
            String id = sourceId(required(node, "id", path), path + ".id");
            p.organizations.put(id, new OrganizationData(required(node, "name", path), optional(node, "classification", path),
                    optional(node, "parent_id", path), details(addresses(node, path), ORGANIZATION_DETAILS)));
        });
        for (Map.Entry<String, OrganizationData> o : p.organizations.entrySet()) {
            if (o.getValue().parentId() != null && !organizationKnown(p, o.getValue().parentId())) {
                throw error("$.organizations[id=" + o.getKey() + "].parent_id", "no existe la organización '" + o.getValue().parentId() + "'");
            }
        }
        each(root, "posts", (node, path) -> {
            String id = sourceId(required(node, "id", path), path + ".id");
            String org = optional(node, "organization_id", path);
            String area = optional(node, "area_id", path);
            if (org != null && !organizationKnown(p, org)) {
                throw error(path + ".organization_id", "no existe la organización '" + org + "' en el archivo ni en la legislatura");
            }
            if (area != null && !areaKnown(p, area)) {
                throw error(path + ".area_id", "no existe el área '" + area + "' en el archivo ni en la legislatura");
            }
            p.posts.put(id, new PostData(required(node, "label", path), optional(node, "role", path), org, area));
        });
        each(root, "persons", (node, path) -> {
            String id = sourceId(required(node, "id", path), path + ".id");
            if (p.persons.containsKey(id)) {
                throw error(path + ".id", "la persona '" + id + "' aparece dos veces");
            }
            Set<Identifier> identifiers = new LinkedHashSet<>();
            each(node, "identifiers", path, (i, ipath) -> identifiers.add(new Identifier(limit(required(i, "scheme", ipath), 100, ipath),
                    limit(required(i, "identifier", ipath), 200, ipath))));
            String birth = optional(node, "birth_date", path);
            if (birth != null && !DATE.matcher(birth).matches()) {
                throw error(path + ".birth_date", "'" + birth + "' no es una fecha ISO (AAAA, AAAA-MM o AAAA-MM-DD)");
            }
            String image = optional(node, "image", path);
            addresses(node, path);
            p.persons.put(id, new PersonDescription(limit(required(node, "name", path), 300, path + ".name"),
                    limit(optional(node, "sort_name", path), 300, path + ".sort_name"), optional(node, "given_name", path),
                    optional(node, "family_name", path), optional(node, "gender", path), birth, image,
                    email(optional(node, "email", path), path + ".email"), identifiers, details(node, PERSON_DETAILS)));
        });
        each(root, "memberships", (node, path) -> {
            String person = required(node, "person_id", path);
            String org = required(node, "organization_id", path);
            if (!p.persons.containsKey(person) && legislators.person(PopoloIds.of(legislatureId, person)).isEmpty()) {
                throw error(path + ".person_id", "no existe la persona '" + person + "' en el archivo ni en la legislatura");
            }
            if (!organizationKnown(p, org)) {
                throw error(path + ".organization_id", "no existe la organización '" + org + "' en el archivo ni en la legislatura");
            }
            String group = optional(node, "on_behalf_of_id", path);
            if (group != null && !organizationKnown(p, group)) {
                throw error(path + ".on_behalf_of_id", "no existe la organización '" + group + "' en el archivo ni en la legislatura");
            }
            String area = optional(node, "area_id", path);
            if (area != null && !areaKnown(p, area)) {
                throw error(path + ".area_id", "no existe el área '" + area + "' en el archivo ni en la legislatura");
            }
            String post = optional(node, "post_id", path);
            if (post != null && !p.posts.containsKey(post)
                    && legislators.post(legislatureId + ":" + post).isEmpty()) {
                throw error(path + ".post_id", "no existe el cargo '" + post + "' en el archivo ni en la legislatura");
            }
            String period = optional(node, "legislative_period_id", path);
            String termId = period == null ? null : p.termBySource.getOrDefault(period, PopoloImport.termId(period, null));
            if (termId != null && !p.terms.containsKey(termId)
                    && legislators.term(legislatureId, termId).isEmpty()) {
                p.terms.put(termId, new TermData(termId, termId + " Legislatura", null, null, period));
            }
            String start = dateText(node, "start_date", path);
            String end = dateText(node, "end_date", path);
            String sourceUrl = null;
            addresses(node, path);
            JsonNode sources = node.get("sources");
            if (sources != null && sources.isArray() && !sources.isEmpty() && sources.get(0).path("url").isTextual()) {
                sourceUrl = limit(sources.get(0).get("url").asText(), 1000, path + ".sources[0].url");
                Matcher sitl = SITL_CURRICULUM.matcher(sourceUrl);
                if (sitl.find()) {
                    p.learnedIdentifiers.computeIfAbsent(person, k -> new HashSet<>())
                            .add(new Identifier(Identifier.sitlScheme(sitl.group(1)), sitl.group(2)));
                }
            }
            String id = optional(node, "id", path);
            p.memberships.add(new MembershipData(id == null ? null : sourceId(id, path + ".id"), person, org, group, post, area,
                    limit(optional(node, "role", path), 100, path + ".role"), limit(optional(node, "label", path), 300, path + ".label"),
                    termId, start, end, sourceUrl));
        });
        return p;
    }

    private boolean organizationKnown(Parsed p, String id) {
        return p.organizations.containsKey(id)
                || legislators.organization(PopoloIds.of(legislatureId, id)).isPresent();
    }

    private boolean areaKnown(Parsed p, String id) {
        return p.areas.containsKey(id) || legislators.area(legislatureId + ":" + id).isPresent();
    }

    private String sourceId(String id, String path) {
        if (id.length() > PopoloIds.MAX_SOURCE_ID) {
            throw error(path, "el id no puede pasar de " + PopoloIds.MAX_SOURCE_ID + " caracteres");
        }
        return id;
    }

    /**
     * The address in a person's email field. Sources put more there ("ana@congreso.gob.mx, @ana" in EveryPolitician's
     * Mexico file): the first address is kept; a field with none is refused, naming the path.
     */
    private String email(String value, String path) {
        if (value == null) {
            return null;
        }
        Matcher address = EMAIL.matcher(value);
        if (!address.find()) {
            throw error(path, "'" + value + "' no contiene una dirección de correo");
        }
        // only an institutional address is kept: a personal one is personal data the portal does not publish
        return mx.parlamentoabierto.legislator.domain.InstitutionalEmail.keep(limit(address.group(), 320, path));
    }

    private String limit(String value, int max, String path) {
        if (value != null && value.length() > max) {
            throw error(path, "no puede pasar de " + max + " caracteres");
        }
        return value;
    }

    private void each(JsonNode root, String field, java.util.function.BiConsumer<JsonNode, String> reader) {
        each(root, field, "$", reader);
    }

    private void each(JsonNode parent, String field, String parentPath, java.util.function.BiConsumer<JsonNode, String> reader) {
        JsonNode list = parent.get(field);
        if (list == null || list.isNull()) {
            return;
        }
        String path = parentPath + "." + field;
        if (!list.isArray()) {
            throw error(path, "debe ser una lista");
        }
        for (int i = 0; i < list.size(); i++) {
            if (!list.get(i).isObject()) {
                throw error(path + "[" + i + "]", "debe ser un objeto JSON");
            }
            reader.accept(list.get(i), path + "[" + i + "]");
        }
    }

    private String required(JsonNode node, String field, String path) {
        String value = optional(node, field, path);
        if (value == null) {
            throw error(path + "." + field, "falta el campo obligatorio");
        }
        return value;
    }

    private String optional(JsonNode node, String field, String path) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw error(path + "." + field, "debe ser texto, es " + value.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }

    private String dateText(JsonNode node, String field, String path) {
        String value = optional(node, field, path);
        if (value != null && !DATE.matcher(value).matches()) {
            throw error(path + "." + field, "'" + value + "' no es una fecha ISO (AAAA, AAAA-MM o AAAA-MM-DD)");
        }
        return value;
    }

    private LocalDate isoDate(JsonNode node, String field, String path) {
        String value = dateText(node, field, path);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.length() == 4 ? value + "-01-01" : value.length() == 7 ? value + "-01" : value);
        } catch (java.time.format.DateTimeParseException e) {
            throw error(path + "." + field, "'" + value + "' no es una fecha válida");
        }
    }

    /**
     * Every address in a record — its {@code image}, and the {@code url} of its links, sources and images, at any
     * depth — must be http(s): the file is refused naming the path of the first that is not ({@link HttpUrl}).
     */
    private JsonNode addresses(JsonNode node, String path) {
        node.fields().forEachRemaining(e -> {
            String at = path + "." + e.getKey();
            JsonNode v = e.getValue();
            if ((e.getKey().equals("url") || e.getKey().equals("image")) && v.isTextual()) {
                HttpUrl.problem(v.asText()).ifPresent(problem -> {
                    throw error(at, problem);
                });
            } else if (v.isObject()) {
                addresses(v, at);
            } else if (v.isArray()) {
                for (int i = 0; i < v.size(); i++) {
                    if (v.get(i).isObject()) {
                        addresses(v.get(i), at + "[" + i + "]");
                    }
                }
            }
        });
        return node;
    }

    private String details(JsonNode node, Set<String> keep) {
        ObjectNode details = JSON.createObjectNode();
        node.fields().forEachRemaining(e -> {
            if (keep.contains(e.getKey()) && !e.getValue().isNull()) {
                details.set(e.getKey(), e.getValue());
            }
        });
        return details.isEmpty() ? null : details.toString();
    }
}
