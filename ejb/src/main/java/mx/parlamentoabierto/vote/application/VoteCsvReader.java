package mx.parlamentoabierto.vote.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import mx.parlamentoabierto.legislator.domain.LegislatorRepository;
import mx.parlamentoabierto.platform.HttpUrl;
import mx.parlamentoabierto.platform.csv.CsvTable;
import mx.parlamentoabierto.spanish.RomanNumerals;
import mx.parlamentoabierto.vote.application.VoteImport.Input;
import mx.parlamentoabierto.vote.application.VoteImport.Line;
import mx.parlamentoabierto.vote.domain.VoteOption;

/**
 * Reads one roll call of a CSV upload (its rows, in file order) into an import: every field checked, each problem named
 * by line and column; the same columns on every row of one roll call; persons referred to must exist.
 */
final class VoteCsvReader {

    private final LegislatorRepository legislators;
    private final Clock clock;

    VoteCsvReader(LegislatorRepository legislators, Clock clock) {
        this.legislators = legislators;
        this.clock = clock;
    }

    Input event(CsvTable table, String legislatureId, List<CsvTable.Row> rows) {
        CsvTable.Row first = rows.get(0);
        String identifier = required(table, first, "vote_event", 100);
        String term = normaliseTerm(table, first, required(table, first, "term", 16));
        String title = required(table, first, "title", 2000);
        LocalDate date = date(table, first, required(table, first, "date", 10));
        String sourceUrl = required(table, first, "source_url", 1000);
        if (!HttpUrl.isHttp(sourceUrl)) {
            throw table.error(first, "source_url", "'" + sourceUrl + "' no es una dirección http(s) absoluta");
        }
        List<Line> lines = new ArrayList<>();
        Map<String, String> groups = new LinkedHashMap<>();
        java.util.Set<Integer> numbers = new java.util.HashSet<>();
        for (CsvTable.Row row : rows) {
            for (String sameEverywhere : List.of("date", "title", "source_url")) {
                if (!row.get(sameEverywhere).equals(first.get(sameEverywhere))) {
                    throw table.error(row, sameEverywhere, "no coincide con la primera fila de la votación '" + identifier + "' (línea "
                            + first.line() + "): una votación tiene una sola " + sameEverywhere);
                }
            }
            String name = required(table, row, "voter_name", 300);
            String optionText = required(table, row, "option", 100);
            VoteOption option = VoteOption.parse(optionText).orElseThrow(() -> table.error(row, "option", "'" + optionText
                    + "' no es una opción de voto (yes, no, abstain, absent, excused, not voting, present, paired, other, o en español: "
                    + "a favor, en contra, abstención, ausente, inasistencia justificada, sólo asistencia…)"));
            int line = row.get("line").map(l -> {
                try {
                    return Integer.parseInt(l);
                } catch (NumberFormatException e) {
                    throw table.error(row, "line", "'" + l + "' no es un número entero");
                }
            }).orElse(lines.size() + 1);
            if (!numbers.add(line)) {
                throw table.error(row, "line", "la línea " + line + " ya está en la votación '" + identifier + "'");
            }
            String personId = row.get("person_id").orElse(null);
            if (personId != null && legislators.person(personId).isEmpty()) {
                throw table.error(row, "person_id", "no existe la persona '" + personId + "' (use los id de /api/people)");
            }
            String group = row.get("group").orElse(null);
            if (group != null) {
                groups.putIfAbsent(group, group);
            }
            lines.add(new Line(line, name, row.get("voter_id").orElse(null), personId, option, row.get("raw_option").orElse(optionText), group));
        }
        return new Input(legislatureId, term, identifier, date, title, first.get("period").orElse(null), first.get("result").orElse(null),
                sourceUrl, clock.instant(), lines, List.of(), groups, List.of(), List.of());
    }

    private static String normaliseTerm(CsvTable table, CsvTable.Row row, String term) {
        if (term.matches("\\d{1,3}")) {
            return RomanNumerals.of(Integer.parseInt(term));
        }
        return RomanNumerals.value(term).map(RomanNumerals::of).orElseThrow(() -> table.error(row, "term",
                "'" + term + "' no es un periodo legislativo (número romano como LXII, o su número: 62)"));
    }

    private static String required(CsvTable table, CsvTable.Row row, String column, int max) {
        String value = row.get(column).orElseThrow(() -> table.error(row, column, "está vacía y es obligatoria"));
        if (value.length() > max) {
            throw table.error(row, column, "pasa de " + max + " caracteres");
        }
        return value;
    }

    private static LocalDate date(CsvTable table, CsvTable.Row row, String text) {
        try {
            return LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw table.error(row, "date", "'" + text + "' no es una fecha AAAA-MM-DD");
        }
    }
}
