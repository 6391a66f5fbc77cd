package mx.parlamentoabierto.platform.json;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A cursor over one JSON file that knows its own path, so a reader can say exactly where a value is wrong.
 * Unknown fields are errors too: a typo in a field name must not silently drop data.
 */
public final class JsonDataReader {

    private static final ObjectMapper MAPPER = JsonMapping.MAPPER;

    private final String file;
    private final String path;
    private final JsonNode node;

    private JsonDataReader(String file, String path, JsonNode node) {
        this.file = file;
        this.path = path;
        this.node = node;
    }

    /** Parses a whole file; syntax errors report line and column. */
    public static JsonDataReader parse(String file, InputStream content) {
        try {
            JsonNode root = MAPPER.readTree(content);
            if (root == null || root.isMissingNode()) {
                throw new InvalidDataFileException(file, "$", "el archivo está vacío");
            }
            return new JsonDataReader(file, "$", root);
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            String location = where == null ? "$" : "línea " + where.getLineNr() + ", columna " + where.getColumnNr();
            throw new InvalidDataFileException(file, location, "JSON mal formado: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InvalidDataFileException(file, "$", "no se pudo leer: " + e.getMessage());
        }
    }

    /** The node itself, for readers of open formats (Popolo) that walk it with their own rules. */
    public JsonNode node() {
        return node;
    }

    public String file() {
        return file;
    }

    public String path() {
        return path;
    }

    public InvalidDataFileException error(String problem) {
        return new InvalidDataFileException(file, path, problem);
    }

    public InvalidDataFileException error(String field, String problem) {
        return new InvalidDataFileException(file, path + "." + field, problem);
    }

    /** Fails on any field of this object outside the allowed set. */
    public JsonDataReader allowOnly(Set<String> fields) {
        requireObject();
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!fields.contains(name)) {
                throw error(name, "campo desconocido (permitidos: " + String.join(", ", fields.stream().sorted().toList()) + ")");
            }
        }
        return this;
    }

    public String text(String field) {
        JsonNode value = requireObject().get(field);
        if (value == null || value.isNull()) {
            throw error(field, "falta el campo obligatorio");
        }
        if (!value.isTextual()) {
            throw error(field, "debe ser texto, es " + value.getNodeType().name().toLowerCase());
        }
        if (value.asText().isBlank()) {
            throw error(field, "no puede estar vacío");
        }
        return value.asText().strip();
    }

    public String text(String field, Pattern pattern, String expected) {
        String value = text(field);
        if (!pattern.matcher(value).matches()) {
            throw error(field, "valor '" + value + "' inválido: se espera " + expected);
        }
        return value;
    }

    public String optionalText(String field, String fallback) {
        JsonNode value = requireObject().get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        return text(field);
    }

    public int integer(String field) {
        JsonNode value = requireObject().get(field);
        if (value == null || value.isNull()) {
            throw error(field, "falta el campo obligatorio");
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw error(field, "debe ser un número entero, es " + value);
        }
        return value.intValue();
    }

    public double positiveNumber(String field, double fallback) {
        JsonNode value = requireObject().get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isNumber() || !(value.doubleValue() > 0) || value.doubleValue() == Double.POSITIVE_INFINITY) {
            throw error(field, "debe ser un número mayor que cero, es " + value);
        }
        return value.doubleValue();
    }

    /** A number between {@code min} and {@code max}, both included. */
    public double number(String field, double min, double max) {
        JsonNode value = requireObject().get(field);
        if (value == null || value.isNull()) {
            throw error(field, "falta el campo obligatorio");
        }
        if (!value.isNumber() || value.doubleValue() < min || value.doubleValue() > max) {
            throw error(field, "debe ser un número entre " + min + " y " + max + ", es " + value);
        }
        return value.doubleValue();
    }

    public JsonDataReader object(String field) {
        JsonNode value = requireObject().get(field);
        if (value == null || value.isNull()) {
            throw error(field, "falta el campo obligatorio");
        }
        if (!value.isObject()) {
            throw error(field, "debe ser un objeto");
        }
        return new JsonDataReader(file, path + "." + field, value);
    }

    public boolean has(String field) {
        JsonNode value = requireObject().get(field);
        return value != null && !value.isNull();
    }

    /** Each element of an array field; {@code minimum} elements at least. */
    public <T> List<T> list(String field, int minimum, BiFunction<JsonDataReader, Integer, T> reader) {
        JsonNode value = requireObject().get(field);
        if (value == null || value.isNull()) {
            if (minimum == 0) {
                return List.of();
            }
            throw error(field, "falta el campo obligatorio");
        }
        if (!value.isArray()) {
            throw error(field, "debe ser una lista");
        }
        if (value.size() < minimum) {
            throw error(field, "debe tener al menos " + minimum + " elemento(s), tiene " + value.size());
        }
        List<T> items = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            items.add(reader.apply(new JsonDataReader(file, path + "." + field + "[" + i + "]", value.get(i)), i));
        }
        return items;
    }

    /** The members of an object field, in file order. */
    public <T> Map<String, T> members(String field, BiFunction<JsonDataReader, String, T> reader) {
        JsonDataReader object = object(field);
        Map<String, T> items = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = object.node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            items.put(entry.getKey(), reader.apply(new JsonDataReader(file, object.path + "." + entry.getKey(), entry.getValue()), entry.getKey()));
        }
        return items;
    }

    /** This node as text (for string-valued map members). */
    public String asText() {
        if (!node.isTextual() || node.asText().isBlank()) {
            throw error("debe ser un texto no vacío");
        }
        return node.asText().strip();
    }

    private JsonNode requireObject() {
        if (!node.isObject()) {
            throw error("debe ser un objeto JSON, es " + node.getNodeType().name().toLowerCase());
        }
        return node;
    }
}
