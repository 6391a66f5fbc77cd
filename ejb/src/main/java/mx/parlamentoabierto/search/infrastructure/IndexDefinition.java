package mx.parlamentoabierto.search.infrastructure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import mx.parlamentoabierto.platform.json.InvalidDataFileException;
import mx.parlamentoabierto.platform.json.JsonDataReader;

/** One index: logical name, mapping version and the settings+mappings JSON from config/elasticsearch. */
public record IndexDefinition(String name, int version, String json) {

    private static final Pattern FILE = Pattern.compile("([a-z][a-z0-9-]*)-v(\\d+)\\.json");

    public String concreteName(String prefix) {
        return prefix + "-" + name + "-v" + version;
    }

    public String alias(String prefix) {
        return prefix + "-" + name;
    }

    /** The newest version of each index defined in a directory. */
    public static Map<String, IndexDefinition> readDirectory(Path directory) {
        Map<String, IndexDefinition> newest = new TreeMap<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.sorted().toList()) {
                Matcher m = FILE.matcher(file.getFileName().toString());
                if (!m.matches()) {
                    continue;
                }
                String json = Files.readString(file);
                JsonDataReader.parse(file.toString(), new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .allowOnly(java.util.Set.of("settings", "mappings"));
                IndexDefinition definition = new IndexDefinition(m.group(1), Integer.parseInt(m.group(2)), json);
                newest.merge(definition.name(), definition, (a, b) -> a.version() >= b.version() ? a : b);
            }
        } catch (IOException e) {
            throw new InvalidDataFileException(directory.toString(), "$", "no se pudo leer: " + e.getMessage());
        }
        return newest;
    }
}
