package mx.parlamentoabierto.budget.application;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import mx.parlamentoabierto.budget.domain.BudgetFigure;
import mx.parlamentoabierto.budget.domain.BudgetFile;
import mx.parlamentoabierto.budget.domain.BudgetStage;
import mx.parlamentoabierto.budget.domain.EconomicClass;
import mx.parlamentoabierto.platform.csv.CsvTable;

/**
 * The CSV template for legislatures whose budgets come in formats of their own (docs/budgets.md): one row per year ×
 * stage × economic class × programme, amounts in pesos with a point before the cents. Rows whose class is
 * {@code total} declare a sum that the figures must reach (a programme's total, or the year's when the programme is
 * blank): the file is refused when they do not, as when a year's figures are listed twice.
 */
public final class BudgetCsv {

    static final Set<String> REQUIRED = Set.of("year", "stage", "economic_class", "amount");
    static final Set<String> OPTIONAL = Set.of("programme", "programme_name");
    static final int MAX_ROWS = 200_000;
    /** The class of a declared total row. */
    static final String TOTAL = "total";
    private static final Pattern AMOUNT = Pattern.compile("-?\\d{1,16}(\\.\\d{1,2})?");

    private BudgetCsv() {
    }

    /** Reads a CSV of one body (a legislature of the registry). */
    public static BudgetFile read(String file, byte[] content, BudgetFile.Body body) {
        CsvTable table = CsvTable.read(file, new ByteArrayInputStream(content), REQUIRED, OPTIONAL, MAX_ROWS);
        if (table.rows().isEmpty()) {
            throw new mx.parlamentoabierto.platform.json.InvalidDataFileException(file, "línea 2", "el archivo no tiene ninguna fila de importes");
        }
        List<BudgetFigure> figures = new ArrayList<>();
        Map<String, Integer> lineOf = new HashMap<>();
        Map<String, CsvTable.Row> declared = new LinkedHashMap<>();
        Map<String, BigDecimal> declaredAmounts = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            int year = year(table, row);
            String stageText = row.get("stage").orElseThrow(() -> table.error(row, "stage", "falta la etapa"));
            BudgetStage stage = BudgetStage.parse(stageText).orElseThrow(() -> table.error(row, "stage", "'" + stageText
                    + "' no es una etapa: approved, modified, accrued, paid (o aprobado, modificado, devengado, pagado/ejercido)"));
            String classText = row.get("economic_class").orElseThrow(() -> table.error(row, "economic_class", "falta la clase económica"));
            String programme = row.get("programme").orElse("");
            if (programme.length() > 32) {
                throw table.error(row, "programme", "la clave del programa pasa de 32 caracteres");
            }
            String programmeName = row.get("programme_name").orElse(null);
            if (programmeName != null && programmeName.length() > 500) {
                throw table.error(row, "programme_name", "el nombre del programa pasa de 500 caracteres");
            }
            BigDecimal amount = amount(table, row);
            if (classText.equalsIgnoreCase(TOTAL)) {
                String key = year + "|" + stage.code() + "|" + programme;
                CsvTable.Row earlier = declared.put(key, row);
                if (earlier != null) {
                    throw table.error(row, "economic_class", "el total ya se declaró en la línea " + earlier.line());
                }
                declaredAmounts.put(key, amount);
                continue;
            }
            EconomicClass economicClass = EconomicClass.fromCode(classText).orElseThrow(() -> table.error(row, "economic_class", "'"
                    + classText + "' no es una clase económica: " + String.join(", ", java.util.Arrays.stream(EconomicClass.values())
                            .map(EconomicClass::code).toList()) + " o total"));
            BudgetFigure figure = new BudgetFigure(body.id(), year, stage, economicClass, programme, programmeName, amount);
            Integer earlier = lineOf.put(figure.key(), row.line());
            if (earlier != null) {
                throw table.error(row, "economic_class", "este importe (año, etapa, clase y programa) ya está en la línea " + earlier);
            }
            figures.add(figure);
        }
        for (Map.Entry<String, CsvTable.Row> total : declared.entrySet()) {
            String key = total.getKey();
            // a programme's total sums that programme's figures; the year's (blank programme) every figure of the year and stage
            BigDecimal computed = figures.stream().filter(f -> key.endsWith("|")
                    ? key.equals(f.year() + "|" + f.stage().code() + "|")
                    : key.equals(f.year() + "|" + f.stage().code() + "|" + f.programmeCode())).map(BudgetFigure::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal difference = declaredAmounts.get(key).subtract(computed);
            if (difference.abs().compareTo(CuentaPublicaLayout.TOLERANCE) > 0) {
                throw table.error(total.getValue(), "amount", "el total declarado es " + declaredAmounts.get(key).toPlainString()
                        + " y sus importes suman " + computed.toPlainString() + ": difieren en " + difference.abs().toPlainString()
                        + " pesos; el archivo no se importó");
            }
        }
        return new BudgetFile(BudgetFile.CSV, "Presupuesto de " + body.name() + " (CSV)", Map.of(body.id(), body), figures);
    }

    private static int year(CsvTable table, CsvTable.Row row) {
        String text = row.get("year").orElseThrow(() -> table.error(row, "year", "falta el año"));
        try {
            int year = Integer.parseInt(text);
            if (year < 1900 || year > 2200) {
                throw table.error(row, "year", "el año " + year + " está fuera de 1900–2200");
            }
            return year;
        } catch (NumberFormatException e) {
            throw table.error(row, "year", "'" + text + "' no es un año (cuatro cifras)");
        }
    }

    private static BigDecimal amount(CsvTable table, CsvTable.Row row) {
        Optional<String> text = row.get("amount");
        if (text.isEmpty()) {
            throw table.error(row, "amount", "falta el importe");
        }
        if (!AMOUNT.matcher(text.get()).matches()) {
            throw table.error(row, "amount", "'" + text.get() + "' no es un importe en pesos: cifras sin separador de miles y, si hay centavos, "
                    + "un punto y dos cifras (1234567.89)");
        }
        return new BigDecimal(text.get());
    }
}
