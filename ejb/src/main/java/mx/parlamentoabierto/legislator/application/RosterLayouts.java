package mx.parlamentoabierto.legislator.application;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mx.parlamentoabierto.platform.csv.CsvTable;
import mx.parlamentoabierto.platform.json.InvalidDataFileException;
import mx.parlamentoabierto.spanish.CongressTerms;

/**
 * The two roster layouts of the Mexican Congress the portal reads, told apart by their header, each row turned into a
 * {@link RosterEntry}:
 * <ul>
 * <li><b>Senado</b> ({@code sen58-59.csv}, {@code sen60-61.csv}: {@code edon,id,n,pila,patmat,part,…,fm,dsup,dsmd,in1,out1,in2…}):
 * one row per seat of a six-year mandate (two legislatures, named in the file name or taken from the first entry date),
 * {@code id} = state and formula ({@code ags1p}, {@code ags1s}; {@code rp01p} for the national list), dates as
 * {@code yyyymmdd}.</li>
 * <li><b>Cámara de Diputados</b> ({@code all-dips.csv}: {@code leg,ord,n,pila,patmat,id,birth,gen,postulo,part,edo,dsmd,dsup,
 * cabecera,yrin1,moin1,dyin1,…,nom}): one row per seat of a legislature ({@code leg} 57 → LVII), {@code id} = state and
 * district ({@code ags01p}) or proportional list ({@code zrp1pan1p}, {@code zc1rp01p}: circunscripción 1), dates in three columns each, NA when
 * unknown.</li>
 * </ul>
 * A row that names nobody is skipped with its line; anything else unreadable refuses the file, naming file, line and
 * column.
 */
final class RosterLayouts {

    /** The senate layout's columns (the second file adds the third period). */
    private static final Set<String> SENATE_REQUIRED = Set.of("id", "pila", "patmat", "part", "dsup", "in1", "out1");
    private static final Set<String> SENATE_OPTIONAL = Set.of("ord", "edon", "n", "postulo", "birth", "fm", "dsmd", "in2", "out2", "in3", "out3",
            "nota", "nom");
    private static final Set<String> CHAMBER_REQUIRED = Set.of("leg", "id", "pila", "patmat", "part", "dsup", "yrin1", "moin1", "dyin1");
    private static final Set<String> CHAMBER_OPTIONAL = Set.of("ord", "n", "birth", "gen", "postulo", "edo", "dsmd", "cabecera", "yrout1",
            "moout1", "dyout1", "yrin2", "moin2", "dyin2", "yrout2", "moout2", "dyout2", "yrin3", "moin3", "dyin3", "lider", "prescom", "repite",
            "doath", "ptysh", "nom");
    private static final Pattern SENATE_SEAT = Pattern.compile("^([a-z]+?)(\\d+)([ps])$");
    private static final Pattern CHAMBER_SEAT = Pattern.compile("^([a-z]+?)(\\d+)([ps])$");
    /** Proportional seats: {@code zrp1pan1p} (LVII–LIX, LXIV) or {@code zc1rp01p} (LX–LXIII), circunscripción 1. */
    private static final Pattern LIST_SEAT = Pattern.compile("^z(?:rp(\\d)[a-z]+\\d+|c(\\d)rp\\d+)([ps])$");
    private static final Pattern FILE_TERMS = Pattern.compile("(?<!\\d)(\\d{2})-(\\d{2})(?!\\d)");
    private static final int MAX_ROWS = 50_000;

    /** The layouts, by the legislature they describe. */
    enum Layout {
        SENATE("roster-senado"), CHAMBER("roster-diputados");

        final String code;

        Layout(String code) {
            this.code = code;
        }
    }

    /** One period in office: from, to (either unknown as null). */
    record Period(LocalDate from, LocalDate to) {
    }

    /**
     * One seat of one person as the roster lists it: where, for whom, in which legislatures (the term numbers), which
     * periods the person actually sat (empty when the roster does not say, or for a substitute who never took office).
     */
    record RosterEntry(int line, String seatId, String name, String givenNames, String familyNames, String gender, String birthYear,
            String party, String state, Integer district, Integer circumscription, boolean substitute, List<Integer> terms,
            List<Period> periods) {
    }

    private RosterLayouts() {
    }

    /** The layout its header says the file has. */
    static Layout detect(String file, byte[] content) {
        String text = new String(content, 0, Math.min(content.length, 4096), StandardCharsets.UTF_8);
        String header = text.lines().findFirst().orElse("").replace("\"", "").replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
        List<String> columns = List.of(header.split("\\s*[,;]\\s*"));
        if (columns.contains("edon") || (columns.contains("in1") && columns.contains("out1"))) {
            return Layout.SENATE;
        }
        if (columns.contains("leg") && columns.contains("yrin1")) {
            return Layout.CHAMBER;
        }
        throw new InvalidDataFileException(file, "línea 1", "no es un padrón que el portal conozca: se esperan los encabezados del Senado "
                + "(id, pila, patmat, part, dsup, in1, out1…) o de la Cámara de Diputados (leg, id, pila, patmat, part, dsup, yrin1…); tiene: " + header);
    }

    static List<RosterEntry> read(String file, byte[] content, Layout layout) {
        CsvTable table = layout == Layout.SENATE
                ? CsvTable.read(file, new ByteArrayInputStream(content), SENATE_REQUIRED, SENATE_OPTIONAL, MAX_ROWS)
                : CsvTable.read(file, new ByteArrayInputStream(content), CHAMBER_REQUIRED, CHAMBER_OPTIONAL, MAX_ROWS);
        List<Integer> mandate = layout == Layout.SENATE ? senateMandate(file, table) : List.of();
        List<RosterEntry> entries = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            Optional<RosterEntry> entry = layout == Layout.SENATE ? senator(file, row, mandate) : deputy(file, row);
            entry.ifPresent(entries::add);
        }
        if (entries.isEmpty()) {
            throw new InvalidDataFileException(file, "$", "el padrón no nombra a nadie");
        }
        return entries;
    }

    /** The two legislatures of the senate mandate: from the file's name (sen58-59) or the first entry date. */
    private static List<Integer> senateMandate(String file, CsvTable table) {
        Matcher m = FILE_TERMS.matcher(file);
        if (m.find()) {
            int first = Integer.parseInt(m.group(1));
            int second = Integer.parseInt(m.group(2));
            if (second == first + 1) {
                return List.of(first, second);
            }
        }
        LocalDate earliest = null;
        for (CsvTable.Row row : table.rows()) {
            Optional<LocalDate> in = row.get("in1").map(v -> compactDate(file, row.line(), "in1", v));
            if (in.isPresent() && (earliest == null || in.get().isBefore(earliest))) {
                earliest = in.get();
            }
        }
        if (earliest == null) {
            throw new InvalidDataFileException(file, "$", "no se sabe de qué legislaturas es el padrón: ni el nombre del archivo las dice "
                    + "(sen58-59.csv) ni hay fechas de entrada (in1)");
        }
        int first = CongressTerms.containing(earliest.plusDays(5));
        return List.of(first, first + 1);
    }

    private static Optional<RosterEntry> senator(String file, CsvTable.Row row, List<Integer> mandate) {
        String given = row.get("pila").orElse("");
        String family = row.get("patmat").orElse("");
        String name = (given + " " + family).strip();
        if (name.isEmpty()) {
            name = row.get("nom").orElse("");
        }
        if (name.isEmpty()) {
            return Optional.empty(); // a seat the roster leaves unnamed (a substitute never appointed)
        }
        String seat = row.get("id").orElseThrow(() -> new InvalidDataFileException(file, "línea " + row.line() + ", columna 'id'", "falta el escaño"))
                .toLowerCase(Locale.ROOT);
        Matcher m = SENATE_SEAT.matcher(seat);
        if (!m.matches()) {
            throw new InvalidDataFileException(file, "línea " + row.line() + ", columna 'id'", "'" + seat
                    + "' no es un escaño del Senado (estado, fórmula y p/s: ags1p; rp01p para la lista nacional)");
        }
        boolean list = m.group(1).equals("rp");
        String state = list ? null : MexicanStates.require(file, row.line(), m.group(1));
        List<Period> periods = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            String inColumn = "in" + i;
            String outColumn = "out" + i;
            Optional<LocalDate> in = row.get(inColumn).map(v -> compactDate(file, row.line(), inColumn, v));
            Optional<LocalDate> out = row.get(outColumn).map(v -> compactDate(file, row.line(), outColumn, v));
            if (in.isPresent() || out.isPresent()) {
                periods.add(new Period(in.orElse(null), out.orElse(null)));
            }
        }
        return Optional.of(new RosterEntry(row.line(), seat, name, given, family, gender(row.get("fm")), row.get("birth").orElse(null),
                row.get("part").orElse(null), state, list ? null : Integer.parseInt(m.group(2)), null, substitute(file, row),
                mandate, periods));
    }

    private static Optional<RosterEntry> deputy(String file, CsvTable.Row row) {
        String given = row.get("pila").orElse("");
        String family = row.get("patmat").orElse("");
        String name = (given + " " + family).strip();
        if (name.isEmpty()) {
            name = row.get("nom").orElse("");
        }
        if (name.isEmpty()) {
            return Optional.empty();
        }
        int term = number(file, row, "leg");
        String seat = row.get("id").orElse("").toLowerCase(Locale.ROOT);
        String state = null;
        Integer district = null;
        Integer circumscription = null;
        Matcher list = LIST_SEAT.matcher(seat);
        Matcher district1 = CHAMBER_SEAT.matcher(seat);
        if (list.matches()) {
            circumscription = Integer.parseInt(list.group(1) != null ? list.group(1) : list.group(2));
        } else if (district1.matches() && MexicanStates.name(district1.group(1)).isPresent()) {
            state = MexicanStates.require(file, row.line(), district1.group(1));
            district = Integer.parseInt(district1.group(2));
        } else {
            // a seat the roster codes otherwise (a deputy who moved to the senate: "sen60"): the person is kept without a post
            state = row.get("edo").flatMap(MexicanStates::name).isPresent() ? row.get("edo").get().toLowerCase(Locale.ROOT) : null;
        }
        List<Period> periods = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            Optional<LocalDate> in = threeColumnDate(file, row, "yrin" + i, "moin" + i, "dyin" + i);
            Optional<LocalDate> out = i == 3 ? Optional.empty() : threeColumnDate(file, row, "yrout" + i, "moout" + i, "dyout" + i);
            if (in.isPresent() || out.isPresent()) {
                periods.add(new Period(in.orElse(null), out.orElse(null)));
            }
        }
        String seatId = seat.isEmpty() ? "fila-" + row.line() : seat;
        return Optional.of(new RosterEntry(row.line(), seatId, name, given, family, gender(row.get("gen")), row.get("birth").orElse(null),
                row.get("part").orElse(null), state, district, circumscription, substitute(file, row), List.of(term), periods));
    }

    private static boolean substitute(String file, CsvTable.Row row) {
        String value = row.get("dsup").orElse("0");
        if (!value.equals("0") && !value.equals("1")) {
            throw new InvalidDataFileException(file, "línea " + row.line() + ", columna 'dsup'", "se espera 0 (propietario) o 1 (suplente), no '"
                    + value + "'");
        }
        return value.equals("1");
    }

    private static String gender(Optional<String> value) {
        String v = value.orElse("").toLowerCase(Locale.ROOT);
        return v.equals("m") ? "male" : v.equals("f") ? "female" : null;
    }

    private static int number(String file, CsvTable.Row row, String column) {
        String value = row.get(column).orElseThrow(() -> new InvalidDataFileException(file, "línea " + row.line() + ", columna '" + column + "'",
                "falta el número de la legislatura"));
        try {
            int n = Integer.parseInt(value);
            if (n < 1 || n > 120) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new InvalidDataFileException(file, "línea " + row.line() + ", columna '" + column + "'", "'" + value
                    + "' no es el número de una legislatura (57 = LVII)");
        }
    }

    private static LocalDate compactDate(String file, int line, String column, String value) {
        try {
            return LocalDate.parse(value.strip(), java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        } catch (DateTimeParseException e) {
            throw new InvalidDataFileException(file, "línea " + line + ", columna '" + column + "'", "'" + value + "' no es una fecha aaaammdd");
        }
    }

    private static Optional<LocalDate> threeColumnDate(String file, CsvTable.Row row, String year, String month, String day) {
        Optional<String> y = row.get(year).filter(v -> !v.equalsIgnoreCase("NA"));
        if (y.isEmpty()) {
            return Optional.empty();
        }
        try {
            // a month or day the researchers did not know is NA or 0: the first of the month (or year) stands for it
            int m = Math.max(1, row.get(month).filter(v -> !v.equalsIgnoreCase("NA")).map(Integer::parseInt).orElse(1));
            int d = Math.max(1, row.get(day).filter(v -> !v.equalsIgnoreCase("NA")).map(Integer::parseInt).orElse(1));
            return Optional.of(LocalDate.of(Integer.parseInt(y.get()), m, d));
        } catch (RuntimeException e) {
            throw new InvalidDataFileException(file, "línea " + row.line() + ", columna '" + year + "'", "fecha inválida: " + y.get() + "-"
                    + row.get(month).orElse("?") + "-" + row.get(day).orElse("?"));
        }
    }
}
