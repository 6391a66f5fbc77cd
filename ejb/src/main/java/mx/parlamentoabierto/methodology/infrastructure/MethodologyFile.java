package mx.parlamentoabierto.methodology.infrastructure;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import mx.parlamentoabierto.platform.Slug;
import mx.parlamentoabierto.methodology.domain.Aggregation;
import mx.parlamentoabierto.methodology.domain.Basis;
import mx.parlamentoabierto.methodology.domain.BasisKind;
import mx.parlamentoabierto.methodology.domain.Methodology;
import mx.parlamentoabierto.methodology.domain.Principle;
import mx.parlamentoabierto.methodology.domain.Scale;
import mx.parlamentoabierto.methodology.domain.ScaleKind;
import mx.parlamentoabierto.methodology.domain.Source;
import mx.parlamentoabierto.methodology.domain.Variable;
import mx.parlamentoabierto.platform.json.InvalidDataFileException;
import mx.parlamentoabierto.platform.json.JsonDataReader;

/**
 * The methodology file format (docs/methodology.md). {@link #parse} checks everything a scoring run relies
 * on — ids, numbering, scales, weights, that every variable cites a known source — and reports the first
 * problem with the file name and JSON path.
 */
public final class MethodologyFile {

    private static final Pattern VERSION = Pattern.compile("[0-9A-Za-z][0-9A-Za-z.\\-]{0,31}");
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.\\-]{0,63}");

    private MethodologyFile() {
    }

    /** A parsed methodology together with the exact bytes it came from (frozen as is). */
    public record Loaded(Methodology methodology, String file, byte[] content) {
    }

    public static List<Loaded> readDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new InvalidDataFileException(directory.toString(), "$", "no existe el directorio de metodologías");
        }
        try (Stream<Path> files = Files.list(directory)) {
            List<Loaded> loaded = files.filter(f -> f.toString().endsWith(".json")).sorted().map(MethodologyFile::read).toList();
            Set<String> keys = new HashSet<>();
            for (Loaded l : loaded) {
                if (!keys.add(l.methodology().key())) {
                    throw new InvalidDataFileException(l.file(), "$.version",
                            "la metodología " + l.methodology().key() + " está definida en más de un archivo");
                }
            }
            if (loaded.isEmpty()) {
                throw new InvalidDataFileException(directory.toString(), "$", "no hay ninguna metodología (*.json)");
            }
            return loaded;
        } catch (IOException e) {
            throw new InvalidDataFileException(directory.toString(), "$", "no se pudo leer: " + e.getMessage());
        }
    }

    public static Loaded read(Path file) {
        try {
            byte[] content = Files.readAllBytes(file);
            return new Loaded(parse(file.toString(), content), file.toString(), content);
        } catch (IOException e) {
            throw new InvalidDataFileException(file.toString(), "$", "no se pudo leer: " + e.getMessage());
        }
    }

    public static Methodology parse(String fileName, byte[] content) {
        JsonDataReader root = JsonDataReader.parse(fileName, new ByteArrayInputStream(content))
                .allowOnly(Set.of("id", "version", "title", "description", "defaultAggregation", "sources", "scales", "principles", "changes"));
        String id = root.text("id", Slug.PATTERN, "un identificador en minúsculas ASCII con guiones");
        String version = root.text("version", VERSION, "una versión como 2026.1");
        String aggregationName = root.optionalText("defaultAggregation", "pooled");
        Aggregation aggregation = Aggregation.fromName(aggregationName).orElseThrow(() -> root.error("defaultAggregation",
                "agregación desconocida '" + aggregationName + "' (válidas: pooled, mean, weighted)"));

        Map<String, Source> sources = root.members("sources", (item, key) -> {
            requireKey(item, key);
            item.allowOnly(Set.of("kind", "title", "url"));
            String kindName = item.text("kind");
            BasisKind kind = Stream.of(BasisKind.values()).filter(k -> k.name().equalsIgnoreCase(kindName)).findFirst()
                    .orElseThrow(() -> item.error("kind", "tipo de fuente desconocido '" + kindName
                            + "' (válidos: principle, law, declaration, standard)"));
            return new Source(key, kind, item.text("title"), item.optionalText("url", null));
        });
        Map<String, Scale> scales = root.members("scales", (item, key) -> {
            requireKey(item, key);
            item.allowOnly(Set.of("kind", "min", "max", "labels"));
            String kindName = item.text("kind");
            ScaleKind kind = Stream.of(ScaleKind.values()).filter(k -> k.name().equalsIgnoreCase(kindName)).findFirst()
                    .orElseThrow(() -> item.error("kind", "tipo de escala desconocido '" + kindName + "' (válidos: binary, ordinal)"));
            int min = item.integer("min");
            int max = item.integer("max");
            if (max <= min) {
                throw item.error("max", "debe ser mayor que min (" + min + ")");
            }
            if (kind == ScaleKind.BINARY && (min != 0 || max != 1)) {
                throw item.error("una escala binaria va de 0 a 1");
            }
            Map<Integer, String> labels = new HashMap<>();
            if (item.has("labels")) {
                item.members("labels", (label, value) -> {
                    int number;
                    try {
                        number = Integer.parseInt(value);
                    } catch (NumberFormatException e) {
                        throw label.error("la clave de una etiqueta debe ser un valor entero de la escala, es '" + value + "'");
                    }
                    if (number < min || number > max) {
                        throw label.error("el valor " + number + " está fuera de la escala " + min + ".." + max);
                    }
                    labels.put(number, label.asText());
                    return null;
                });
            }
            return new Scale(key, kind, min, max, labels);
        });
        if (scales.isEmpty()) {
            throw root.error("scales", "debe definir al menos una escala");
        }

        Set<String> variableIds = new HashSet<>();
        Set<Integer> numbers = new HashSet<>();
        List<Principle> principles = root.list("principles", 1, (item, index) -> {
            item.allowOnly(Set.of("number", "name", "description", "weight", "variables"));
            int number = item.integer("number");
            if (number != index + 1) {
                throw item.error("number", "los principios se numeran 1, 2, 3… en orden; se esperaba " + (index + 1) + ", es " + number);
            }
            numbers.add(number);
            List<Variable> variables = item.list("variables", 1, (v, vIndex) -> {
                v.allowOnly(Set.of("id", "text", "evidence", "scale", "weight", "basis"));
                String variableId = v.text("id", Variable.ID_PATTERN, "un id P<principio>.<dos dígitos>, p. ej. P" + number + ".01");
                if (!variableId.startsWith("P" + number + ".")) {
                    throw v.error("id", "la variable " + variableId + " está dentro del principio " + number + "; su id debe empezar por P" + number + ".");
                }
                if (!variableIds.add(variableId)) {
                    throw v.error("id", "id de variable repetido '" + variableId + "'");
                }
                String scaleId = v.text("scale");
                Scale scale = scales.get(scaleId);
                if (scale == null) {
                    throw v.error("scale", "escala desconocida '" + scaleId + "' (definidas: " + String.join(", ", scales.keySet()) + ")");
                }
                List<Basis> basis = v.list("basis", 1, (b, bIndex) -> {
                    b.allowOnly(Set.of("source", "reference"));
                    String sourceId = b.text("source");
                    Source source = sources.get(sourceId);
                    if (source == null) {
                        throw b.error("source", "fuente desconocida '" + sourceId + "' (definidas: " + String.join(", ", sources.keySet()) + ")");
                    }
                    return new Basis(source, b.text("reference"));
                });
                return new Variable(variableId, number, v.text("text"), v.text("evidence"), scale, v.positiveNumber("weight", 1.0), basis);
            });
            return new Principle(number, item.text("name"), item.text("description"), item.positiveNumber("weight", 1.0), variables);
        });
        return new Methodology(id, version, root.text("title"), root.optionalText("description", ""), aggregation, principles);
    }

    private static void requireKey(JsonDataReader item, String key) {
        if (!KEY.matcher(key).matches()) {
            throw item.error("clave inválida '" + key + "': use letras, dígitos, puntos y guiones");
        }
    }

}
