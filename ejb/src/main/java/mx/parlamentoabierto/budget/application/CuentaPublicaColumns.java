package mx.parlamentoabierto.budget.application;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import mx.parlamentoabierto.budget.domain.EconomicClass;
import mx.parlamentoabierto.document.application.Spreadsheet;

/**
 * The number columns of a Cuenta Pública sheet, found by the words of its header rows as the SHCP has written them
 * since 2013: the group row ("GASTO CORRIENTE", or letter-spaced "G A S T O   C O R R I E N T E"; "PENSIONES Y
 * JUBILACIONES" from 2016 on; "GASTO DE INVERSIÓN"; "TOTAL") and, in one of the three rows under it (directly under it
 * since 2016, after an empty row before), the class of each column. A class whose column the sheet does not have
 * (pensions before 2016) was not published that year: its figures are absent, not zero. The sums the sheet prints keep
 * this honest: a class column that exists but was not recognised makes a row's total disagree with its parts, and the
 * file is refused.
 *
 * @param columns the columns recognised, left to right
 * @param unpublished the classes the sheet has no column for
 * @param missing what a usable header lacks (empty when {@link #complete()})
 */
record CuentaPublicaColumns(List<Column> columns, Set<EconomicClass> unpublished, List<String> missing) {

    /** How many rows under the group row may hold the class names. */
    private static final int CLASS_ROWS = 3;

    /** What a number column holds: an economic class, the printed sum of a group, or the printed total. */
    record Column(int index, EconomicClass economicClass, EconomicClass.Group sumOf, boolean total) {
    }

    CuentaPublicaColumns {
        columns = List.copyOf(columns);
        unpublished = unpublished.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(unpublished));
        missing = List.copyOf(missing);
    }

    /** True when the sheet has a total column, at least one group, and every class of each group it has. */
    boolean complete() {
        return missing.isEmpty();
    }

    static CuentaPublicaColumns find(Spreadsheet.Sheet sheet, int header, int nameColumn) {
        int last = 0;
        for (int r = header; r <= header + CLASS_ROWS; r++) {
            last = Math.max(last, sheet.row(r).keySet().stream().mapToInt(Integer::intValue).max().orElse(0));
        }
        List<Column> columns = new ArrayList<>();
        Set<EconomicClass.Group> groups = EnumSet.noneOf(EconomicClass.Group.class);
        String group = null;
        int groupColumn = -1;
        for (int c = nameColumn + 1; c <= last; c++) {
            String top = compact(sheet.text(header, c));
            if (!top.isEmpty()) {
                group = top;
                groupColumn = c;
                groupOf(top).ifPresent(groups::add);
            }
            if (group == null) {
                continue;
            }
            String sub = classLabel(sheet, header, c);
            boolean own = sub.isEmpty() && c == groupColumn;
            column(group, sub, own, c).ifPresent(columns::add);
        }
        Set<EconomicClass> unpublished = EnumSet.noneOf(EconomicClass.class);
        List<String> missing = new ArrayList<>();
        for (EconomicClass c : EconomicClass.values()) {
            if (columns.stream().noneMatch(col -> col.economicClass() == c)) {
                // a group the header has must have all its classes; a group it lacks was not published that year
                if (groups.contains(c.group())) {
                    missing.add(c.spanishName());
                } else {
                    unpublished.add(c);
                }
            }
        }
        if (groups.isEmpty()) {
            missing.add("Gasto corriente");
        }
        if (columns.stream().noneMatch(Column::total)) {
            missing.add("Total");
        }
        return new CuentaPublicaColumns(columns, unpublished, missing);
    }

    private static java.util.Optional<Column> column(String group, String sub, boolean own, int c) {
        EconomicClass economicClass = null;
        EconomicClass.Group sumOf = null;
        boolean total = false;
        if (group.startsWith("gastocorriente")) {
            switch (sub) {
                case "servicios personales" -> economicClass = EconomicClass.PERSONAL_SERVICES;
                case "gasto de operacion" -> economicClass = EconomicClass.OPERATING_EXPENSES;
                case "subsidios" -> economicClass = EconomicClass.CURRENT_SUBSIDIES;
                case "otros de corriente" -> economicClass = EconomicClass.OTHER_CURRENT;
                case "suma" -> sumOf = EconomicClass.Group.CURRENT;
                default -> { }
            }
        } else if (group.startsWith("pensiones") && (own || sub.startsWith("pensiones"))) {
            economicClass = EconomicClass.PENSIONS;
        } else if (group.startsWith("gastodeinversion")) {
            switch (sub) {
                case "inversion fisica" -> economicClass = EconomicClass.PHYSICAL_INVESTMENT;
                case "subsidios" -> economicClass = EconomicClass.INVESTMENT_SUBSIDIES;
                case "otros de inversion" -> economicClass = EconomicClass.OTHER_INVESTMENT;
                case "suma" -> sumOf = EconomicClass.Group.INVESTMENT;
                default -> { }
            }
        } else if (group.equals("total") && (own || sub.equals("total"))) {
            total = true;
        }
        return economicClass == null && sumOf == null && !total ? java.util.Optional.empty()
                : java.util.Optional.of(new Column(c, economicClass, sumOf, total));
    }

    private static java.util.Optional<EconomicClass.Group> groupOf(String compacted) {
        if (compacted.startsWith("gastocorriente")) {
            return java.util.Optional.of(EconomicClass.Group.CURRENT);
        }
        if (compacted.startsWith("pensiones")) {
            return java.util.Optional.of(EconomicClass.Group.PENSIONS);
        }
        return compacted.startsWith("gastodeinversion") ? java.util.Optional.of(EconomicClass.Group.INVESTMENT) : java.util.Optional.empty();
    }

    /** The first words under the group row in this column, within {@link #CLASS_ROWS} rows. */
    private static String classLabel(Spreadsheet.Sheet sheet, int header, int c) {
        for (int r = header + 1; r <= header + CLASS_ROWS; r++) {
            if (sheet.row(r).values().stream().anyMatch(Spreadsheet.Cell::isNumber)) {
                return ""; // the figures have begun
            }
            String text = CuentaPublicaLayout.key(sheet.text(r, c));
            if (!text.isEmpty()) {
                return text;
            }
        }
        return "";
    }

    /** A group label without its spaces, so "G A S T O   C O R R I E N T E" reads as "gastocorriente". */
    static String compact(String text) {
        return CuentaPublicaLayout.key(text).replace(" ", "");
    }
}
