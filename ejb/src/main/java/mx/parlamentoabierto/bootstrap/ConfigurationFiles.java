package mx.parlamentoabierto.bootstrap;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import mx.parlamentoabierto.legislature.domain.Legislature;
import mx.parlamentoabierto.legislature.infrastructure.LegislatureRegistryFile;
import mx.parlamentoabierto.methodology.infrastructure.MethodologyFile;
import mx.parlamentoabierto.platform.json.InvalidDataFileException;
import mx.parlamentoabierto.published.domain.PublishedResult;
import mx.parlamentoabierto.published.infrastructure.PublishedResultsFile;
import mx.parlamentoabierto.search.infrastructure.IndexDefinition;

/** Everything the portal reads from the configuration directory, validated. */
public record ConfigurationFiles(List<Legislature> legislatures, List<MethodologyFile.Loaded> methodologies,
        List<PublishedResult> publishedResults, Map<String, IndexDefinition> indices) {

    public static ConfigurationFiles read(Path configDir) {
        if (!Files.isDirectory(configDir)) {
            throw new InvalidDataFileException(configDir.toString(), "$", "no existe el directorio de configuración (parlamento.config.dir)");
        }
        Path published = configDir.resolve("published-results.json");
        return new ConfigurationFiles(
                LegislatureRegistryFile.readDirectory(configDir.resolve("legislatures")),
                MethodologyFile.readDirectory(configDir.resolve("methodologies")),
                Files.exists(published) ? PublishedResultsFile.read(published) : List.of(),
                IndexDefinition.readDirectory(configDir.resolve("elasticsearch")));
    }

    /**
     * Validates a configuration directory from the command line, before the portal starts:
     * {@code java -cp ... mx.parlamentoabierto.bootstrap.ConfigurationFiles config}. Exit 1 with the
     * file, JSON path and problem on the first error.
     */
    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : "config");
        try {
            ConfigurationFiles files = read(dir);
            System.out.printf("Configuración válida: %d legislaturas, %d metodologías (%d variables), %d resultados publicados, %d índices%n",
                    files.legislatures().size(), files.methodologies().size(),
                    files.methodologies().stream().mapToInt(m -> m.methodology().variables().size()).sum(),
                    files.publishedResults().size(), files.indices().size());
        } catch (InvalidDataFileException e) {
            System.err.println("Error de configuración: " + e.getMessage());
            System.exit(1);
        }
    }
}
