package mx.parlamentoabierto.published.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import mx.parlamentoabierto.platform.Slug;
import mx.parlamentoabierto.platform.json.InvalidDataFileException;
import mx.parlamentoabierto.platform.json.JsonDataReader;
import mx.parlamentoabierto.published.domain.PublishedResult;

/** Reads {@code config/published-results.json}. */
public final class PublishedResultsFile {


    private PublishedResultsFile() {
    }

    public static List<PublishedResult> read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.toString(), in);
        } catch (IOException e) {
            throw new InvalidDataFileException(file.toString(), "$", "no se pudo leer: " + e.getMessage());
        }
    }

    public static List<PublishedResult> read(String fileName, InputStream in) {
        JsonDataReader root = JsonDataReader.parse(fileName, in).allowOnly(Set.of("description", "results"));
        Set<String> ids = new HashSet<>();
        return root.list("results", 1, (item, index) -> {
            item.allowOnly(Set.of("id", "year", "scope", "scopeLabel", "overall", "principles", "findings", "publisher", "sources", "note"));
            String id = item.text("id", Slug.PATTERN, "un identificador en minúsculas con guiones");
            if (!ids.add(id)) {
                throw item.error("id", "id repetido '" + id + "'");
            }
            int year = item.integer("year");
            Optional<Double> overall = item.has("overall") ? Optional.of(percent(item, "overall")) : Optional.empty();
            Map<Integer, Double> principles = new TreeMap<>();
            if (item.has("principles")) {
                item.members("principles", (p, key) -> {
                    if (!key.matches("P([1-9]|10)")) {
                        throw p.error("la clave debe ser P1…P10, es '" + key + "'");
                    }
                    return null;
                });
                JsonDataReader ps = item.object("principles");
                for (int n = 1; n <= 10; n++) {
                    if (ps.has("P" + n)) {
                        principles.put(n, percent(ps, "P" + n));
                    }
                }
            }
            List<String> findings = item.list("findings", 0, (f, i) -> f.asText());
            List<PublishedResult.Source> sources = item.list("sources", 1,
                    (s, i) -> new PublishedResult.Source(s.allowOnly(Set.of("title", "url")).text("title"), s.optionalText("url", null)));
            return new PublishedResult(id, year, item.text("scope"), item.text("scopeLabel"), overall, principles, findings,
                    item.text("publisher"), sources, item.optionalText("note", ""));
        });
    }

    private static double percent(JsonDataReader reader, String field) {
        return reader.number(field, 0, 100);
    }
}
