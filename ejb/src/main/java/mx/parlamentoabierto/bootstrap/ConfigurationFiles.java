package mx.parlamentoabierto.bootstrap;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import mx.parlamentoabierto.compliance.domain.ObligationCatalog;
import mx.parlamentoabierto.compliance.domain.SuggestionRule;
import mx.parlamentoabierto.compliance.infrastructure.ObligationFiles;
import mx.parlamentoabierto.legislature.domain.Legislature;
import mx.parlamentoabierto.methodology.domain.Methodology;
import mx.parlamentoabierto.methodology.domain.Variable;
import mx.parlamentoabierto.legislature.infrastructure.LegislatureRegistryFile;
import mx.parlamentoabierto.methodology.infrastructure.MethodologyFile;
import mx.parlamentoabierto.platform.json.InvalidDataFileException;
import mx.parlamentoabierto.published.domain.PublishedResult;
import mx.parlamentoabierto.published.infrastructure.PublishedResultsFile;
import mx.parlamentoabierto.search.infrastructure.IndexDefinition;

/** Everything the portal reads from the configuration directory, validated. */
public record ConfigurationFiles(List<Legislature> legislatures, List<MethodologyFile.Loaded> methodologies,
        List<PublishedResult> publishedResults, Map<String, IndexDefinition> indices, Map<String, ObligationCatalog> obligations,
        Map<String, List<SuggestionRule>> suggestions, List<mx.parlamentoabierto.vote.domain.MajorityRule> majorities) {

    public static ConfigurationFiles read(Path configDir) {
        if (!Files.isDirectory(configDir)) {
            throw new InvalidDataFileException(configDir.toString(), "$", "no existe el directorio de configuración (parlamento.config.dir)");
        }
        Path published = configDir.resolve("published-results.json");
        List<MethodologyFile.Loaded> methodologies = MethodologyFile.readDirectory(configDir.resolve("methodologies"));
        Map<String, List<SuggestionRule>> suggestions = ObligationFiles.readSuggestions(configDir.resolve("suggestions"));
        checkSuggestions(configDir.resolve("suggestions"), methodologies, suggestions);
        return new ConfigurationFiles(
                LegislatureRegistryFile.readDirectory(configDir.resolve("legislatures")),
                methodologies,
                Files.exists(published) ? PublishedResultsFile.read(published) : List.of(),
                IndexDefinition.readDirectory(configDir.resolve("elasticsearch")),
                ObligationFiles.readObligations(configDir.resolve("obligations")),
                suggestions,
                mx.parlamentoabierto.vote.infrastructure.MajorityRulesFile.readDirectory(configDir.resolve("majorities")));
    }

    /** Every suggestion names a methodology of the directory, one of its variables, and values on that variable's scale. */
    private static void checkSuggestions(Path dir, List<MethodologyFile.Loaded> methodologies, Map<String, List<SuggestionRule>> suggestions) {
        for (Map.Entry<String, List<SuggestionRule>> e : suggestions.entrySet()) {
            Methodology methodology = methodologies.stream().map(MethodologyFile.Loaded::methodology).filter(m -> m.key().equals(e.getKey()))
                    .findFirst().orElseThrow(() -> new InvalidDataFileException(dir.toString(), "$.methodology", "no hay metodología '"
                            + e.getKey() + "' en config/methodologies"));
            for (SuggestionRule rule : e.getValue()) {
                Variable variable = methodology.variable(rule.variableId()).orElseThrow(() -> new InvalidDataFileException(dir.toString(),
                        "$.rules[variable=" + rule.variableId() + "]", "la metodología " + e.getKey() + " no tiene la variable " + rule.variableId()));
                for (int value : List.of(rule.metValue(), rule.unmetValue())) {
                    if (value < variable.scale().min() || value > variable.scale().max()) {
                        throw new InvalidDataFileException(dir.toString(), "$.rules[variable=" + rule.variableId() + "]", "el valor " + value
                                + " está fuera de la escala de la variable (" + variable.scale().min() + "–" + variable.scale().max() + ")");
                    }
                }
            }
        }
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
            System.out.printf("Configuración válida: %d legislaturas, %d metodologías (%d variables), %d resultados publicados, %d índices, "
                    + "%d catálogos de obligaciones (%d obligaciones), sugerencias para %d metodologías, %d reglas de mayoría%n",
                    files.legislatures().size(), files.methodologies().size(),
                    files.methodologies().stream().mapToInt(m -> m.methodology().variables().size()).sum(),
                    files.publishedResults().size(), files.indices().size(), files.obligations().size(),
                    files.obligations().values().stream().mapToInt(c -> c.obligations().size()).sum(), files.suggestions().size(),
                    files.majorities().size());
        } catch (InvalidDataFileException e) {
            System.err.println("Error de configuración: " + e.getMessage());
            System.exit(1);
        }
    }
}
