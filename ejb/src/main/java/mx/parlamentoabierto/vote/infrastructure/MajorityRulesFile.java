package mx.parlamentoabierto.vote.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

import mx.parlamentoabierto.platform.json.InvalidDataFileException;
import mx.parlamentoabierto.platform.json.JsonDataReader;
import mx.parlamentoabierto.vote.domain.MajorityRule;

/**
 * Reads {@code config/majorities/*.json}: the majorities roll calls need, in the order they are tried (format in
 * docs/votes.md). Every error names the file and the JSON path. Rules of all files are tried in file-name order.
 */
public final class MajorityRulesFile {

    private MajorityRulesFile() {
    }

    /** Every rule of the directory's files, in order (none when the directory is absent). */
    public static List<MajorityRule> readDirectory(Path dir) {
        List<MajorityRule> rules = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return rules;
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new InvalidDataFileException(dir.toString(), "$", "no se pudo leer el directorio: " + e.getMessage());
        }
        Set<String> ids = new HashSet<>();
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                for (MajorityRule rule : read(file.toString(), in)) {
                    if (!ids.add(rule.id())) {
                        throw new InvalidDataFileException(file.toString(), "$.rules[id=" + rule.id() + "]", "otra regla ya se llama '" + rule.id() + "'");
                    }
                    rules.add(rule);
                }
            } catch (IOException e) {
                throw new InvalidDataFileException(file.toString(), "$", "no se pudo leer: " + e.getMessage());
            }
        }
        return rules;
    }

    public static List<MajorityRule> read(String fileName, InputStream in) {
        JsonDataReader root = JsonDataReader.parse(fileName, in).allowOnly(Set.of("id", "version", "title", "description", "rules"));
        root.text("id");
        root.text("version");
        return root.list("rules", 1, (item, index) -> {
            item.allowOnly(Set.of("id", "name", "titles", "legislatures", "base", "numerator", "denominator", "strict", "basis"));
            List<Pattern> titles = item.list("titles", 0, (t, i) -> {
                try {
                    return Pattern.compile(t.asText());
                } catch (PatternSyntaxException e) {
                    throw t.error("no es una expresión regular válida: " + e.getDescription());
                }
            });
            Set<String> legislatures = new HashSet<>(item.list("legislatures", 0, (l, i) -> l.asText()));
            String base = item.text("base", Pattern.compile("yes_no|present"), "yes_no (a favor y en contra) o present (presentes)");
            int numerator = item.integer("numerator");
            int denominator = item.integer("denominator");
            if (numerator < 1 || denominator < 1 || numerator > denominator) {
                throw item.error("numerator", "la fracción debe estar entre 0 y 1 (numerador ≤ denominador, ambos ≥ 1)");
            }
            boolean strict = item.has("strict") && item.node().get("strict").asBoolean();
            return new MajorityRule(item.text("id"), item.text("name"), titles, legislatures,
                    base.equals("present") ? MajorityRule.Base.PRESENT : MajorityRule.Base.YES_NO, numerator, denominator, strict, item.text("basis"));
        });
    }
}
