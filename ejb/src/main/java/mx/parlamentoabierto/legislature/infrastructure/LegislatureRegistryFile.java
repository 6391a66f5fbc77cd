package mx.parlamentoabierto.legislature.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import mx.parlamentoabierto.legislature.domain.Legislature;
import mx.parlamentoabierto.legislature.domain.LegislatureKind;
import mx.parlamentoabierto.platform.json.InvalidDataFileException;
import mx.parlamentoabierto.platform.json.JsonDataReader;

/**
 * Reads the registry files in {@code <config>/legislatures/*.json}: one file per country, each with its
 * legislatures in display order. Every problem names the file and the JSON path.
 */
public final class LegislatureRegistryFile {

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    private LegislatureRegistryFile() {
    }

    public static List<Legislature> readDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new InvalidDataFileException(directory.toString(), "$", "no existe el directorio de legislaturas");
        }
        List<Legislature> all = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                for (Legislature legislature : read(file)) {
                    if (!ids.add(legislature.id())) {
                        throw new InvalidDataFileException(file.toString(), "$.legislatures",
                                "el id '" + legislature.id() + "' ya está definido en otro archivo");
                    }
                    all.add(legislature);
                }
            }
        } catch (IOException e) {
            throw new InvalidDataFileException(directory.toString(), "$", "no se pudo leer: " + e.getMessage());
        }
        if (all.isEmpty()) {
            throw new InvalidDataFileException(directory.toString(), "$", "no hay ninguna legislatura definida");
        }
        return all;
    }

    public static List<Legislature> read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.toString(), in);
        } catch (IOException e) {
            throw new InvalidDataFileException(file.toString(), "$", "no se pudo leer: " + e.getMessage());
        }
    }

    public static List<Legislature> read(String fileName, InputStream content) {
        JsonDataReader root = JsonDataReader.parse(fileName, content).allowOnly(Set.of("country", "description", "legislatures"));
        String country = root.text("country", COUNTRY, "un código de país ISO 3166-1 de dos letras mayúsculas");
        Set<String> seen = new HashSet<>();
        return root.list("legislatures", 1, (item, index) -> {
            item.allowOnly(Set.of("id", "name", "kind", "state", "website"));
            String id = item.text("id", Legislature.ID_PATTERN, "un identificador en minúsculas ASCII con guiones (p. ej. baja-california)");
            if (!seen.add(id)) {
                throw item.error("id", "id repetido '" + id + "'");
            }
            String kindName = item.text("kind");
            LegislatureKind kind;
            try {
                kind = LegislatureKind.valueOf(kindName.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw item.error("kind", "tipo desconocido '" + kindName + "' (válidos: "
                        + String.join(", ", Stream.of(LegislatureKind.values()).map(LegislatureKind::jsonName).toList()) + ")");
            }
            String website = item.optionalText("website", null);
            if (website != null) {
                try {
                    URI uri = new URI(website);
                    if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
                        throw item.error("website", "debe ser una URL http(s) absoluta: " + website);
                    }
                } catch (java.net.URISyntaxException e) {
                    throw item.error("website", "URL inválida: " + e.getMessage());
                }
            }
            return new Legislature(id, item.text("name"), kind, item.optionalText("state", null), country, website, index);
        });
    }
}
