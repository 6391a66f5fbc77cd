package mx.parlamentoabierto.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Validates JSON against the Popolo 1.0 schemas (src/test/resources/corpora/popolo/schemas, copied unchanged). They are
 * JSON Schema draft-03, which the Java validators on Maven Central no longer implement, so this implements the
 * draft-03 keywords those schemas use — type (with union arrays), properties, {@code required: true}, items, $ref
 * to another Popolo schema, pattern, and the formats date-time, email and uri — and refuses any other keyword
 * rather than skip it, so a schema it cannot check fails loudly.
 */
public final class PopoloSchemas {

    private static final Path DIRECTORY = Path.of("src/test/resources/corpora/popolo/schemas");
    private static final String BASE = "http://www.popoloproject.com/schemas/";
    private static final Set<String> ANNOTATIONS = Set.of("$schema", "id", "title", "description");
    private static final Set<String> KEYWORDS = Set.of("type", "properties", "required", "items", "$ref", "pattern", "format");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, JsonNode> SCHEMAS = new HashMap<>();

    private PopoloSchemas() {
    }

    /** Every problem of {@code instance} against {@code schema} (e.g. "person.json"), with its JSON path; empty when valid. */
    public static List<String> problems(String schema, JsonNode instance) {
        List<String> problems = new ArrayList<>();
        check(load(schema), instance, "$", problems);
        return problems;
    }

    private static synchronized JsonNode load(String name) {
        return SCHEMAS.computeIfAbsent(name, n -> {
            try {
                return JSON.readTree(Files.readString(DIRECTORY.resolve(n)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static void check(JsonNode schema, JsonNode value, String path, List<String> problems) {
        for (Iterator<String> it = schema.fieldNames(); it.hasNext(); ) {
            String keyword = it.next();
            if (!ANNOTATIONS.contains(keyword) && !KEYWORDS.contains(keyword)) {
                throw new IllegalStateException("keyword '" + keyword + "' at " + path + " is not implemented by this validator");
            }
        }
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            if (!ref.startsWith(BASE) || !ref.endsWith("#")) {
                throw new IllegalStateException("unsupported $ref " + ref);
            }
            check(load(ref.substring(BASE.length(), ref.length() - 1)), value, path, problems);
            return;
        }
        if (schema.has("type") && !typeMatches(schema.get("type"), value)) {
            problems.add(path + ": type " + value.getNodeType().name().toLowerCase() + " is not " + schema.get("type"));
            return;
        }
        if (value.isTextual()) {
            if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asText()).matcher(value.asText()).find()) {
                problems.add(path + ": '" + value.asText() + "' does not match " + schema.get("pattern").asText());
            }
            if (schema.has("format")) {
                format(schema.get("format").asText(), value.asText(), path, problems);
            }
        }
        if (value.isObject() && schema.has("properties")) {
            for (Iterator<Map.Entry<String, JsonNode>> it = schema.get("properties").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> property = it.next();
                JsonNode child = value.get(property.getKey());
                if (child == null) {
                    if (property.getValue().path("required").asBoolean(false)) {
                        problems.add(path + "." + property.getKey() + ": required");
                    }
                    continue;
                }
                check(withoutRequired(property.getValue()), child, path + "." + property.getKey(), problems);
            }
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(schema.get("items"), value.get(i), path + "[" + i + "]", problems);
            }
        }
    }

    private static JsonNode withoutRequired(JsonNode schema) {
        if (!schema.has("required")) {
            return schema;
        }
        var copy = schema.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) copy).remove("required");
        return copy;
    }

    private static boolean typeMatches(JsonNode type, JsonNode value) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (typeMatches(t, value)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asText()) {
            case "string" -> value.isTextual();
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            case "any" -> true;
            default -> throw new IllegalStateException("unknown type " + type);
        };
    }

    private static void format(String format, String text, String path, List<String> problems) {
        switch (format) {
            case "date-time" -> {
                try {
                    OffsetDateTime.parse(text);
                } catch (DateTimeParseException e) {
                    problems.add(path + ": '" + text + "' is not an ISO 8601 date-time");
                }
            }
            case "email" -> {
                if (!EMAIL.matcher(text).matches()) {
                    problems.add(path + ": '" + text + "' is not an e-mail address");
                }
            }
            case "uri" -> {
                try {
                    if (!new java.net.URI(text).isAbsolute()) {
                        problems.add(path + ": '" + text + "' is not an absolute URI");
                    }
                } catch (java.net.URISyntaxException e) {
                    problems.add(path + ": '" + text + "' is not a URI");
                }
            }
            default -> throw new IllegalStateException("format " + format + " is not implemented by this validator");
        }
    }
}
