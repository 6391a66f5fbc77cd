package mx.parlamentoabierto.budget.application;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mx.parlamentoabierto.budget.domain.BudgetFigure;
import mx.parlamentoabierto.budget.domain.BudgetFile;
import mx.parlamentoabierto.budget.domain.BudgetStage;
import mx.parlamentoabierto.budget.domain.EconomicClass;
import mx.parlamentoabierto.document.application.Spreadsheet;
import mx.parlamentoabierto.platform.json.InvalidDataFileException;

/**
 * Reads the federal Cuenta Pública's "gasto por categoría programática" sheets as the finance ministry (SHCP) publishes
 * them: a title with the year ("CUENTA PÚBLICA 2022"), a two-row header (groups GASTO CORRIENTE / PENSIONES Y
 * JUBILACIONES / GASTO DE INVERSIÓN / TOTAL over their classes), then a hierarchy written by column — an ente ("Poder
 * Legislativo"), its bodies ("H. Cámara de Diputados"…), their programmes (code and name) — each followed by one row
 * per stage (Aprobado, Modificado, Devengado, Ejercicio) and percentage rows.
 * <p>
 * Columns are found by their header words, levels by the column their label starts in, so other years of the same
 * publication read the same way. Only the legislative branch is taken. Every sum is checked: each row's group sums and
 * total against its classes, each body against its programmes, the branch against its bodies. A difference over
 * {@link #TOLERANCE} refuses the file, naming the sheet, the row, the column and the difference. The branch's total
 * is kept as its own body; a body's figures are its programmes' (or its own, when it lists none).
 */
public final class CuentaPublicaLayout {

    /** Largest difference accepted between a sum and its parts: the publication rounds to cents, sums may differ by them. */
    public static final BigDecimal TOLERANCE = new BigDecimal("1.00");

    /** The branch this portal takes from the federal account, and the id its total is kept under. */
    static final String BRANCH = "poder legislativo";
    public static final String BRANCH_BODY = "poder-legislativo-federal";

    /** "CUENTA PÚBLICA 2022", "CUENTA DE LA HACIENDA PÚBLICA FEDERAL DE 2013": the title names the account and its year. */
    private static final Pattern YEAR = Pattern.compile("^cuenta\\b.*?(?<!\\d)((?:19|20)\\d{2})(?!\\d)");

    private CuentaPublicaLayout() {
    }

    /** The known bodies of the federal legislative branch, by the normalised words of their label. */
    static BudgetFile.Body body(String label) {
        String key = key(label).replaceFirst("^h\\.?\\s+", "");
        if (key.equals("camara de diputados")) {
            return new BudgetFile.Body("diputados", "Cámara de Diputados", "diputados");
        }
        if (key.equals("camara de senadores") || key.startsWith("senado")) {
            return new BudgetFile.Body("senado", "Senado de la República", "senado");
        }
        if (key.startsWith("auditoria superior de la federacion")) {
            return new BudgetFile.Body("auditoria-superior-federacion", "Auditoría Superior de la Federación", null);
        }
        // a body the publication adds later is kept under its own words, apart from any legislature
        String slug = key.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return new BudgetFile.Body(slug.length() > 64 ? slug.substring(0, 64) : slug, label.strip(), null);
    }

    /** Lower case, accents and extra spaces gone: how labels are compared. */
    static String key(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ").strip();
    }

    /** An ente, body or programme with its stage rows. */
    private static final class Node {
        final String label;
        final String code;
        final int row;
        final Map<BudgetStage, Amounts> stages = new EnumMap<>(BudgetStage.class);
        final List<Node> children = new ArrayList<>();
        BudgetFile.Body body;

        Node(String label, String code, int row) {
            this.label = label;
            this.code = code;
            this.row = row;
        }
    }

    /** One stage row: the amount of each class, the sums the row printed, and where it was. */
    private record Amounts(int row, Map<EconomicClass, BigDecimal> classes, Map<EconomicClass.Group, BigDecimal> sums, BigDecimal total) {
    }

    public static BudgetFile read(String file, Spreadsheet workbook) {
        Map<String, BudgetFile.Body> bodies = new LinkedHashMap<>();
        List<BudgetFigure> figures = new ArrayList<>();
        Map<Integer, String> years = new LinkedHashMap<>();
        List<String> skipped = new ArrayList<>();
        Map<Integer, java.util.Set<EconomicClass>> unpublished = new LinkedHashMap<>();
        boolean branchFound = false;
        for (Spreadsheet.Sheet sheet : workbook.sheets()) {
            Optional<Integer> header = headerRow(sheet);
            if (header.isEmpty()) {
                skipped.add(sheet.name());
                continue;
            }
            Sheet reader = new Sheet(file, sheet, header.get());
            int year = reader.year();
            if (years.containsKey(year)) {
                throw new InvalidDataFileException(file, where(sheet, header.get()), "el año " + year + " ya estaba en la hoja '"
                        + years.get(year) + "': cada año va una sola vez");
            }
            years.put(year, sheet.name());
            Optional<Node> branch = reader.branch();
            if (branch.isEmpty()) {
                continue;
            }
            branchFound = true;
            reader.sumUpWhenUnprinted(branch.get());
            reader.check(branch.get());
            reader.figures(branch.get(), year, bodies, figures);
            if (!reader.unpublished.isEmpty()) {
                unpublished.put(year, reader.unpublished);
            }
        }
        if (years.isEmpty()) {
            throw new InvalidDataFileException(file, "hojas " + skipped, "ninguna hoja tiene la estructura de la Cuenta Pública (gasto por "
                    + "categoría programática): una fila de encabezados con PROGRAMA y DENOMINACIÓN seguida de las columnas de gasto corriente, "
                    + "pensiones y jubilaciones, gasto de inversión y total");
        }
        if (!branchFound) {
            throw new InvalidDataFileException(file, "hojas " + years.values(), "no se encontró el ente 'Poder Legislativo'");
        }
        return new BudgetFile(BudgetFile.CUENTA_PUBLICA, "Cuenta Pública " + String.join(", ", years.keySet().stream().map(String::valueOf).toList())
                + " (SHCP): gasto por categoría programática del Poder Legislativo", bodies, figures, unpublished);
    }

    /** The row whose cells say PROGRAMA and DENOMINACIÓN. */
    private static Optional<Integer> headerRow(Spreadsheet.Sheet sheet) {
        for (Map.Entry<Integer, java.util.NavigableMap<Integer, Spreadsheet.Cell>> row : sheet.rows().entrySet()) {
            boolean programme = false;
            boolean name = false;
            for (Spreadsheet.Cell cell : row.getValue().values()) {
                if (cell.text() != null) {
                    String k = key(cell.text());
                    programme |= k.equals("programa");
                    name |= k.startsWith("denominacion");
                }
            }
            if (programme && name) {
                return Optional.of(row.getKey());
            }
            if (row.getKey() > 200) {
                break;
            }
        }
        return Optional.empty();
    }

    static String where(Spreadsheet.Sheet sheet, int row) {
        return "hoja '" + sheet.name() + "', fila " + (row + 1);
    }

    static String columnName(int index) {
        StringBuilder name = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            name.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return name.toString();
    }

    /** Reading one sheet that has the layout's header. */
    private static final class Sheet {
        private final String file;
        private final Spreadsheet.Sheet sheet;
        private final int header;
        private int programmeColumn = -1;
        private int nameColumn = -1;
        private final List<CuentaPublicaColumns.Column> columns = new ArrayList<>();
        private final java.util.Set<EconomicClass> unpublished = EnumSet.noneOf(EconomicClass.class);

        Sheet(String file, Spreadsheet.Sheet sheet, int header) {
            this.file = file;
            this.sheet = sheet;
            this.header = header;
            for (Map.Entry<Integer, Spreadsheet.Cell> cell : sheet.row(header).entrySet()) {
                String k = cell.getValue().text() == null ? "" : key(cell.getValue().text());
                if (k.equals("programa")) {
                    programmeColumn = cell.getKey();
                } else if (k.startsWith("denominacion")) {
                    nameColumn = cell.getKey();
                }
            }
            mapColumns();
        }

        private InvalidDataFileException error(int row, String problem) {
            return new InvalidDataFileException(file, where(sheet, row), problem);
        }

        /** The number columns, found by the words of the header rows (CuentaPublicaColumns). */
        private void mapColumns() {
            CuentaPublicaColumns found = CuentaPublicaColumns.find(sheet, header, nameColumn);
            if (programmeColumn < 0 || nameColumn <= programmeColumn || !found.complete()) {
                throw error(header, "encabezados de la Cuenta Pública incompletos: " + (found.complete() ? "faltan las columnas PROGRAMA y DENOMINACIÓN"
                        : "faltan las columnas " + found.missing()) + " (se buscan bajo GASTO CORRIENTE, PENSIONES Y JUBILACIONES, GASTO DE "
                        + "INVERSIÓN y TOTAL, en la fila de encabezados y las tres siguientes)");
            }
            columns.addAll(found.columns());
            unpublished.addAll(found.unpublished());
        }

        int year() {
            for (int r = 0; r <= header; r++) {
                for (Spreadsheet.Cell cell : sheet.row(r).values()) {
                    if (cell.text() != null) {
                        Matcher m = YEAR.matcher(key(cell.text()));
                        if (m.find()) {
                            return Integer.parseInt(m.group(1));
                        }
                    }
                }
            }
            Matcher m = Pattern.compile("(?<!\\d)(19|20)\\d{2}(?!\\d)").matcher(sheet.name());
            if (m.find()) {
                return Integer.parseInt(m.group());
            }
            throw error(0, "no se encontró el año: ni un título 'CUENTA PÚBLICA AAAA' sobre los encabezados ni el año en el nombre de la hoja");
        }

        /** The legislative branch with its bodies and programmes, if the sheet holds it. */
        Optional<Node> branch() {
            Node branch = null;
            int branchColumn = -1;
            Node body = null;
            Node programme = null;
            boolean inside = false;
            for (Map.Entry<Integer, java.util.NavigableMap<Integer, Spreadsheet.Cell>> entry : sheet.rows().tailMap(header + 2, true).entrySet()) {
                int r = entry.getKey();
                Map.Entry<Integer, Spreadsheet.Cell> label = null;
                for (Map.Entry<Integer, Spreadsheet.Cell> cell : entry.getValue().entrySet()) {
                    if (cell.getKey() >= programmeColumn) {
                        break;
                    }
                    if (cell.getValue().text() != null && !cell.getValue().text().isBlank()) {
                        label = cell;
                        break;
                    }
                }
                String code = sheet.text(r, programmeColumn);
                String name = sheet.text(r, nameColumn);
                if (label != null) {
                    if (branchColumn < 0 || label.getKey() <= branchColumn) {
                        if (inside) {
                            break; // the next ente: the branch is over
                        }
                        inside = key(label.getValue().text()).equals(BRANCH);
                        if (inside) {
                            branchColumn = label.getKey();
                            branch = new Node(label.getValue().text().strip(), "", r);
                        } else if (branchColumn < 0) {
                            branchColumn = label.getKey();
                        }
                    } else if (inside) {
                        body = new Node(label.getValue().text().strip(), "", r);
                        body.body = body(body.label);
                        branch.children.add(body);
                        programme = null;
                    }
                    continue;
                }
                if (!inside) {
                    continue;
                }
                if (!code.isEmpty()) {
                    if (body == null) {
                        throw error(r, "el programa '" + code + "' aparece antes de cualquier unidad del Poder Legislativo");
                    }
                    programme = new Node(name, code, r);
                    body.children.add(programme);
                    continue;
                }
                if (name.isEmpty()) {
                    continue;
                }
                Optional<BudgetStage> stage = BudgetStage.parse(name);
                if (stage.isEmpty()) {
                    if (key(name).startsWith("porcentaje")) {
                        continue;
                    }
                    throw error(r, "'" + name + "' (columna " + columnName(nameColumn) + ") no es una etapa conocida del presupuesto "
                            + "(Aprobado, Modificado, Devengado, Ejercicio) ni un programa con clave en la columna " + columnName(programmeColumn));
                }
                Node node = programme != null ? programme : body != null ? body : branch;
                if (node.stages.containsKey(stage.get())) {
                    throw error(r, "la etapa '" + name + "' aparece dos veces para '" + node.label + "' (la primera en la fila "
                            + (node.stages.get(stage.get()).row() + 1) + ")");
                }
                node.stages.put(stage.get(), amounts(r, stage.get()));
            }
            return Optional.ofNullable(branch);
        }

        private Amounts amounts(int r, BudgetStage stage) {
            Map<EconomicClass, BigDecimal> classes = new EnumMap<>(EconomicClass.class);
            Map<EconomicClass.Group, BigDecimal> sums = new EnumMap<>(EconomicClass.Group.class);
            BigDecimal total = null;
            for (CuentaPublicaColumns.Column column : columns) {
                Spreadsheet.Cell cell = sheet.cell(r, column.index());
                BigDecimal amount;
                if (cell == null) {
                    amount = BigDecimal.ZERO;
                } else if (cell.isNumber()) {
                    amount = cell.number();
                } else {
                    throw error(r, "columna " + columnName(column.index()) + " (" + stage.spanishName() + "): '" + cell.text() + "' no es un importe");
                }
                if (column.economicClass() != null) {
                    classes.put(column.economicClass(), amount);
                } else if (column.sumOf() != null) {
                    sums.put(column.sumOf(), amount);
                } else {
                    total = amount;
                }
            }
            return new Amounts(r, classes, sums, total);
        }

        /**
         * Before 2016 the branch printed no stage rows of its own, only its bodies': its total is then their sum (what the
         * later years print), so every year has the branch's total.
         */
        void sumUpWhenUnprinted(Node branch) {
            if (!branch.stages.isEmpty() || branch.children.isEmpty()) {
                return;
            }
            for (BudgetStage stage : BudgetStage.values()) {
                Map<EconomicClass, BigDecimal> classes = new EnumMap<>(EconomicClass.class);
                boolean any = false;
                for (Node body : branch.children) {
                    Amounts a = body.stages.get(stage);
                    if (a != null) {
                        any = true;
                        a.classes().forEach((c, amount) -> classes.merge(c, amount, BigDecimal::add));
                    }
                }
                if (any) {
                    BigDecimal total = classes.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                    branch.stages.put(stage, new Amounts(branch.row, classes, Map.of(), total));
                }
            }
        }

        /** Every row's own sums, then each level against the one under it. */
        void check(Node branch) {
            checkRows(branch);
            checkChildren(branch);
            for (Node body : branch.children) {
                checkRows(body);
                checkChildren(body);
                for (Node programme : body.children) {
                    checkRows(programme);
                }
            }
        }

        private void checkRows(Node node) {
            for (Map.Entry<BudgetStage, Amounts> e : node.stages.entrySet()) {
                Amounts a = e.getValue();
                BigDecimal all = BigDecimal.ZERO;
                for (EconomicClass.Group group : EconomicClass.Group.values()) {
                    BigDecimal parts = group.classes().stream().map(c -> a.classes().getOrDefault(c, BigDecimal.ZERO))
                            .reduce(BigDecimal.ZERO, BigDecimal::add);
                    all = all.add(parts);
                    BigDecimal printed = a.sums().get(group);
                    if (printed != null) {
                        differs(a.row(), columnOfSum(group), printed, parts, "la suma de " + group.spanishName().toLowerCase(Locale.ROOT)
                                + " (" + e.getKey().spanishName() + ") de '" + node.label + "'", "sus partidas suman");
                    }
                }
                differs(a.row(), columns.stream().filter(CuentaPublicaColumns.Column::total).findFirst().orElseThrow().index(), a.total(), all,
                        "el total (" + e.getKey().spanishName() + ") de '" + node.label + "'", "sus partidas suman");
            }
        }

        private int columnOfSum(EconomicClass.Group group) {
            return columns.stream().filter(c -> c.sumOf() == group).findFirst().orElseThrow().index();
        }

        private void checkChildren(Node parent) {
            if (parent.children.isEmpty()) {
                return;
            }
            for (Map.Entry<BudgetStage, Amounts> e : parent.stages.entrySet()) {
                for (CuentaPublicaColumns.Column column : columns) {
                    if (column.economicClass() == null) {
                        continue;
                    }
                    BigDecimal sum = BigDecimal.ZERO;
                    for (Node child : parent.children) {
                        Amounts a = child.stages.get(e.getKey());
                        if (a != null) {
                            sum = sum.add(a.classes().get(column.economicClass()));
                        }
                    }
                    differs(e.getValue().row(), column.index(), e.getValue().classes().get(column.economicClass()), sum,
                            column.economicClass().spanishName() + " (" + e.getKey().spanishName() + ") de '" + parent.label + "'",
                            parts(parent));
                }
            }
        }

        private static String parts(Node parent) {
            boolean programmes = !parent.children.get(0).code.isEmpty();
            if (parent.children.size() == 1) {
                return programmes ? "su único programa tiene" : "su única unidad tiene";
            }
            return "la suma de sus " + parent.children.size() + (programmes ? " programas" : " unidades") + " es";
        }

        private void differs(int row, int column, BigDecimal printed, BigDecimal computed, String what, String parts) {
            BigDecimal difference = printed.subtract(computed);
            if (difference.abs().compareTo(TOLERANCE) > 0) {
                throw new InvalidDataFileException(file, where(sheet, row) + ", columna " + columnName(column), what + " es "
                        + printed.toPlainString() + " y " + parts + " " + computed.toPlainString() + ": difieren en "
                        + difference.abs().toPlainString() + " pesos; el archivo no se importó");
            }
        }

        /** The branch's own total, each body's programmes (or the body's own figures when it lists none). */
        void figures(Node branch, int year, Map<String, BudgetFile.Body> bodies, List<BudgetFigure> figures) {
            BudgetFile.Body total = new BudgetFile.Body(BRANCH_BODY, "Poder Legislativo Federal (total)", null);
            bodies.put(total.id(), total);
            add(figures, total.id(), year, "", null, branch);
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (Node body : branch.children) {
                if (!seen.add(body.body.id())) {
                    throw error(body.row, "'" + body.label + "' aparece dos veces en el Poder Legislativo de " + year);
                }
                bodies.put(body.body.id(), body.body);
                if (body.children.isEmpty()) {
                    add(figures, body.body.id(), year, "", null, body);
                    continue;
                }
                java.util.Set<String> codes = new java.util.HashSet<>();
                for (Node programme : body.children) {
                    if (!codes.add(programme.code)) {
                        throw error(programme.row, "el programa '" + programme.code + "' aparece dos veces en '" + body.label + "'");
                    }
                    add(figures, body.body.id(), year, programme.code, programme.label, programme);
                }
            }
        }

        private static void add(List<BudgetFigure> figures, String bodyId, int year, String code, String name, Node node) {
            for (Map.Entry<BudgetStage, Amounts> e : node.stages.entrySet()) {
                for (Map.Entry<EconomicClass, BigDecimal> c : e.getValue().classes().entrySet()) {
                    if (c.getValue().signum() != 0) {
                        figures.add(new BudgetFigure(bodyId, year, e.getKey(), c.getKey(), code, name, c.getValue()));
                    }
                }
            }
        }
    }
}
