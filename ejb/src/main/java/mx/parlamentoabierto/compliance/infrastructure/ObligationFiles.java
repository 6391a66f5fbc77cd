package mx.parlamentoabierto.compliance.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import mx.parlamentoabierto.budget.domain.BudgetStage;
import mx.parlamentoabierto.compliance.domain.EvidenceRule;
import mx.parlamentoabierto.compliance.domain.Obligation;
import mx.parlamentoabierto.compliance.domain.ObligationCatalog;
import mx.parlamentoabierto.compliance.domain.SuggestionRule;
import mx.parlamentoabierto.document.domain.DocumentType;
import mx.parlamentoabierto.platform.json.InvalidDataFileException;
import mx.parlamentoabierto.platform.json.JsonDataReader;

/**
 * Reads {@code config/obligations/*.json} (a law's obligations and the records that satisfy each) and
 * {@code config/suggestions/*.json} (portal data that bears on a methodology's variables). Both share the evidence rule
 * format: {@code {"kind": "documents", "types": ["gaceta"]}}, {@code {"kind": "roll_calls"}}, {@code {"kind":
 * "legislators"}}, {@code {"kind": "committees"}}, {@code {"kind": "budget", "stage": "paid", "period": "P16M"}} or
 * {@code {"kind": "not_checkable", "reason": "…"}}; periods are ISO-8601 ({@code P3M}). Every error names the file and
 * the JSON path. Formats in docs/compliance.md.
 */
public final class ObligationFiles {

    private ObligationFiles() {
    }

    /** Every obligations file of a directory, by catalog id (none when the directory is absent). */
    public static Map<String, ObligationCatalog> readObligations(Path dir) {
        Map<String, ObligationCatalog> catalogs = new TreeMap<>();
        for (Path file : jsonFiles(dir)) {
            try (InputStream in = Files.newInputStream(file)) {
                ObligationCatalog catalog = readObligations(file.toString(), in);
                if (catalogs.put(catalog.id(), catalog) != null) {
                    throw new InvalidDataFileException(file.toString(), "$.id", "otro archivo ya define '" + catalog.id() + "'");
                }
            } catch (IOException e) {
                throw new InvalidDataFileException(file.toString(), "$", "no se pudo leer: " + e.getMessage());
            }
        }
        return catalogs;
    }

    public static ObligationCatalog readObligations(String fileName, InputStream in) {
        JsonDataReader root = JsonDataReader.parse(fileName, in).allowOnly(Set.of("id", "version", "title", "law", "published", "source",
                "defaultPeriod", "obligations", "description"));
        Period defaultPeriod = period(root, "defaultPeriod", Period.ofMonths(3));
        Set<String> ids = new HashSet<>();
        List<Obligation> obligations = root.list("obligations", 1, (item, index) -> {
            item.allowOnly(Set.of("id", "article", "fraction", "text", "period", "evidence", "note"));
            String id = item.text("id", java.util.regex.Pattern.compile("\\d+-[IVXL]+"), "artículo, guion y fracción en romanos (68-II)");
            if (!ids.add(id)) {
                throw item.error("id", "obligación repetida '" + id + "'");
            }
            int article = item.integer("article");
            String fraction = item.text("fraction");
            if (!id.equals(article + "-" + fraction)) {
                throw item.error("id", "debe ser '" + article + "-" + fraction + "' (artículo y fracción)");
            }
            return new Obligation(id, article, fraction, item.text("text"), period(item, "period", defaultPeriod), rules(item));
        });
        return new ObligationCatalog(root.text("id"), root.text("version"), root.text("title"), root.text("law"), root.text("published"),
                root.text("source"), obligations);
    }

    /** Every suggestions file, by the methodology key it is for ({@code <methodology id>@<version>}). */
    public static Map<String, List<SuggestionRule>> readSuggestions(Path dir) {
        Map<String, List<SuggestionRule>> byMethodology = new TreeMap<>();
        for (Path file : jsonFiles(dir)) {
            try (InputStream in = Files.newInputStream(file)) {
                JsonDataReader root = JsonDataReader.parse(file.toString(), in).allowOnly(Set.of("methodology", "description", "period", "rules"));
                String key = root.text("methodology");
                Period period = period(root, "period", Period.ofMonths(3));
                Set<String> variables = new HashSet<>();
                List<SuggestionRule> rules = root.list("rules", 1, (item, index) -> {
                    item.allowOnly(Set.of("variable", "evidence", "period", "metValue", "unmetValue", "explanation"));
                    String variable = item.text("variable");
                    if (!variables.add(variable)) {
                        throw item.error("variable", "la variable '" + variable + "' ya tiene una regla");
                    }
                    List<EvidenceRule> evidence = rules(item);
                    if (evidence.stream().noneMatch(EvidenceRule::checkable)) {
                        throw item.error("evidence", "una sugerencia necesita al menos una regla que el portal pueda comprobar");
                    }
                    return new SuggestionRule(variable, evidence, period(item, "period", period), item.has("metValue") ? item.integer("metValue") : 1,
                            item.has("unmetValue") ? item.integer("unmetValue") : 0, item.text("explanation"));
                });
                if (byMethodology.put(key, rules) != null) {
                    throw new InvalidDataFileException(file.toString(), "$.methodology", "otro archivo ya sugiere para '" + key + "'");
                }
            } catch (IOException e) {
                throw new InvalidDataFileException(file.toString(), "$", "no se pudo leer: " + e.getMessage());
            }
        }
        return byMethodology;
    }

    private static List<Path> jsonFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new InvalidDataFileException(dir.toString(), "$", "no se pudo leer el directorio: " + e.getMessage());
        }
    }

    private static List<EvidenceRule> rules(JsonDataReader item) {
        return item.list("evidence", 1, (r, i) -> {
            r.allowOnly(Set.of("kind", "types", "stage", "period", "reason"));
            String kindText = r.text("kind");
            EvidenceRule.Kind kind = EvidenceRule.Kind.fromCode(kindText).orElseThrow(() -> r.error("kind", "'" + kindText
                    + "' no es un tipo de evidencia: documents, roll_calls, legislators, committees, budget o not_checkable"));
            List<String> types = new ArrayList<>();
            if (kind == EvidenceRule.Kind.DOCUMENTS) {
                types.addAll(r.list("types", 1, (t, j) -> {
                    String type = t.asText();
                    return DocumentType.fromCode(type).map(DocumentType::code).orElseThrow(() -> t.error("'" + type + "' no es un tipo de documento ("
                            + String.join(", ", java.util.Arrays.stream(DocumentType.values()).map(DocumentType::code).toList()) + ")"));
                }));
            }
            BudgetStage stage = null;
            if (kind == EvidenceRule.Kind.BUDGET) {
                String stageText = r.text("stage");
                stage = BudgetStage.parse(stageText).orElseThrow(() -> r.error("stage", "'" + stageText + "' no es una etapa: approved, modified, accrued, paid"));
            }
            Optional<Period> period = r.has("period") ? Optional.of(period(r, "period", null)) : Optional.empty();
            String reason = kind == EvidenceRule.Kind.NOT_CHECKABLE ? r.text("reason") : r.optionalText("reason", null);
            return new EvidenceRule(kind, types, stage, period, reason);
        });
    }

    private static Period period(JsonDataReader reader, String field, Period fallback) {
        if (!reader.has(field)) {
            return fallback;
        }
        String text = reader.text(field);
        try {
            Period period = Period.parse(text);
            if (period.isNegative() || period.isZero()) {
                throw reader.error(field, "el periodo debe ser positivo");
            }
            return period;
        } catch (DateTimeParseException e) {
            throw reader.error(field, "'" + text + "' no es un periodo ISO-8601 (P3M, P6M, P1Y)");
        }
    }
}
