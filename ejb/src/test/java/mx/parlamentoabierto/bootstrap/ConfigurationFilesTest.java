package mx.parlamentoabierto.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import mx.parlamentoabierto.platform.json.InvalidDataFileException;

/** What startup reads: the shipped configuration is valid; a broken copy stops it naming file, path and problem. */
class ConfigurationFilesTest {

    private static final Path SHIPPED = Path.of(System.getProperty("parlamento.config.dir", "../config"));

    @Test
    void theShippedConfigurationIsValid() {
        ConfigurationFiles files = ConfigurationFiles.read(SHIPPED);
        assertEquals(34, files.legislatures().size());
        assertEquals(4, files.publishedResults().size());
        assertTrue(files.indices().containsKey("variables"));
        assertEquals(36, files.obligations().get("lgtaip-2025").obligations().size(), "Art. 68 I–XV and 21 fractions of Art. 65");
        assertTrue(files.suggestions().get("parlamento-abierto-mx@2026.1").size() >= 10);
    }

    @Test
    void anObligationWithAnUnknownDocumentTypeIsNamedWithItsPath(@TempDir Path dir) throws IOException {
        copy(SHIPPED, dir);
        Path obligations = dir.resolve("obligations/lgtaip-2025.json");
        Files.writeString(obligations, Files.readString(obligations).replaceFirst("\"types\": \\[\"gaceta\"\\]", "\"types\": [\"gazeta\"]"));

        InvalidDataFileException e = assertThrows(InvalidDataFileException.class, () -> ConfigurationFiles.read(dir));
        assertEquals(obligations.toString(), e.file());
        assertEquals("$.obligations[1].evidence[0].types[0]", e.location());
        assertTrue(e.getMessage().contains("'gazeta' no es un tipo de documento"), e.getMessage());
    }

    @Test
    void aSuggestionForAVariableTheMethodologyLacksStopsStartup(@TempDir Path dir) throws IOException {
        copy(SHIPPED, dir);
        Path suggestions = dir.resolve("suggestions/parlamento-abierto-mx-2026.1.json");
        Files.writeString(suggestions, Files.readString(suggestions).replace("\"P3.02\"", "\"P3.99\""));

        InvalidDataFileException e = assertThrows(InvalidDataFileException.class, () -> ConfigurationFiles.read(dir));
        assertTrue(e.getMessage().contains("no tiene la variable P3.99"), e.getMessage());
    }

    @Test
    void aBrokenMethodologyFileIsNamedWithThePathInsideIt(@TempDir Path dir) throws IOException {
        copy(SHIPPED, dir);
        Path methodology = dir.resolve("methodologies/parlamento-abierto-mx-2026.1.json");
        Files.writeString(methodology, Files.readString(methodology).replaceFirst("\"scale\": \"binaria\"", "\"scale\": \"binary\""));

        InvalidDataFileException e = assertThrows(InvalidDataFileException.class, () -> ConfigurationFiles.read(dir));
        assertEquals(methodology.toString(), e.file());
        assertEquals("$.principles[0].variables[0].scale", e.location());
        assertTrue(e.getMessage().contains("escala desconocida 'binary'"), e.getMessage());
    }

    @Test
    void aTruncatedLegislatureFileReportsLineAndColumn(@TempDir Path dir) throws IOException {
        copy(SHIPPED, dir);
        Path registry = dir.resolve("legislatures/mexico.json");
        String content = Files.readString(registry);
        Files.writeString(registry, content.substring(0, content.length() / 2));

        InvalidDataFileException e = assertThrows(InvalidDataFileException.class, () -> ConfigurationFiles.read(dir));
        assertEquals(registry.toString(), e.file());
        assertTrue(e.location().startsWith("línea "), e.location());
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
