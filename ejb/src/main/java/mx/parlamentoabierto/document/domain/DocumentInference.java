package mx.parlamentoabierto.document.domain;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a document's date and type are when its uploader did not say: read from its Akoma Ntoso fields, from the first
 * pages of its text (a masthead's "jueves 21 de diciembre de 2006", "Gaceta Parlamentaria", "Diario de los Debates",
 * "Versión estenográfica", "Orden del día", "Dictamen"…) and from the file's own metadata — in that order. Each value
 * comes with its source, in words an editor reads, so that it can be checked and corrected. Pure: no I/O.
 */
public final class DocumentInference {

    /** How much of the text is read: the masthead and first page of a gaceta or a diario. */
    static final int HEAD = 4_000;

    /** A value found, and where. */
    public record Inferred<T>(T value, String source) {
    }

    private static final List<String> MONTHS = List.of("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
            "octubre", "noviembre", "diciembre");
    /** "jueves 21 de diciembre de 2006", "1o. de septiembre del año 2012", "21 de Diciembre, 2006". */
    private static final Pattern LONG_DATE = Pattern.compile("(?:(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo),?\\s+)?"
            + "(\\d{1,2}|primero)(?:o\\.?|º|°)?\\s+de\\s+(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre"
            + "|diciembre)\\s*(?:,|de|del)\\s+(?:ano\\s+)?(\\d{4})");
    /** "21/12/2006", "21-12-2006": day first, as Mexico writes dates. */
    /**
     * What stands right before a document's own date: its place ("México, D.F.,"), or a "fecha" label at the start of
     * a line ("Fecha: …") — not "con fecha 30 de enero", which cites another document's date.
     */
    private static final Pattern PLACE_BEFORE_DATE = Pattern.compile(
            "(?:mexico,?\\s*d\\.?\\s*f\\.?,?|ciudad de mexico,?|\\n[ \\t]*fecha(?: de la sesion| de publicacion)?\\s*:)\\s*(?:a\\s+|el\\s+)?$");
    private static final Pattern NUMERIC_DATE = Pattern.compile("(?<!\\d)(\\d{1,2})[/-](\\d{1,2})[/-](\\d{4})(?!\\d)");

    /** Words that name a kind of legislative document, most specific first; the earliest in the text wins. */
    private static final List<Map.Entry<Pattern, DocumentType>> TYPE_WORDS = List.of(
            Map.entry(words("gaceta parlamentaria"), DocumentType.GACETA),
            Map.entry(words("diario de los debates"), DocumentType.DIARIO_DEBATES),
            Map.entry(words("version estenografica"), DocumentType.VERSION_ESTENOGRAFICA),
            Map.entry(words("orden del dia"), DocumentType.ORDEN_DEL_DIA),
            Map.entry(words("(?:lista|registro) de asistencia"), DocumentType.LISTA_ASISTENCIA),
            Map.entry(words("acta de la (?:sesion|reunion)"), DocumentType.ACTA),
            Map.entry(words("(?:resultado de la )?votacion nominal"), DocumentType.VOTACION),
            Map.entry(words("dictamen(?:es)?"), DocumentType.DICTAMEN),
            Map.entry(words("iniciativa (?:con proyecto de|de ley|de decreto|que reforma|por la que|ciudadana)"), DocumentType.INICIATIVA),
            Map.entry(words("(?:proposicion con )?punto de acuerdo"), DocumentType.PUNTO_DE_ACUERDO),
            Map.entry(words("decreto (?:por el que|numero|no\\.)|se expide la ley|ley (?:organica|general|federal) de"), DocumentType.LEY_DECRETO),
            Map.entry(words("presupuesto de egresos|cuenta publica|ejercicio del presupuesto|informe (?:trimestral|semestral) (?:del|de) (?:gasto|presupuesto)"),
                    DocumentType.PRESUPUESTO),
            Map.entry(words("declaracion (?:patrimonial|de intereses|fiscal)"), DocumentType.DECLARACION),
            Map.entry(words("contrato (?:de|numero|no\\.)"), DocumentType.CONTRATO));

    private DocumentInference() {
    }

    private static Pattern words(String regex) {
        return Pattern.compile("\\b(?:" + regex + ")\\b");
    }

    /** Lower case and no accents: "Versión Estenográfica" and "VERSION ESTENOGRAFICA" read the same. */
    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    private static String head(String text) {
        if (text == null) {
            return "";
        }
        return text.length() > HEAD ? text.substring(0, HEAD) : text;
    }

    /**
     * @param metadata the extraction's metadata ({@code akn:date}, {@code created}, {@code title})
     * @param today    the latest plausible date (a document is not from the future)
     */
    public static Optional<Inferred<LocalDate>> date(String text, Map<String, String> metadata, LocalDate today) {
        String akn = metadata.get("akn:date");
        if (akn != null) {
            Optional<LocalDate> d = iso(akn, today);
            if (d.isPresent()) {
                return Optional.of(new Inferred<>(d.get(), "Akoma Ntoso (fecha del documento)"));
            }
        }
        String original = head(text);
        String folded = fold(original);
        // Which of the long dates of the head is the document's own: one written after its place or a "fecha" label
        // ("México, D.F., martes 7 de febrero de 2006"); else one in the heading (the first 300 characters); else the
        // latest — earlier dates in a text are mostly references (the minutes of the previous sitting, a law's date).
        Matcher m = LONG_DATE.matcher(folded);
        Inferred<LocalDate> placed = null;
        Inferred<LocalDate> inHeading = null;
        Inferred<LocalDate> latest = null;
        while (m.find()) {
            int day = m.group(1).equals("primero") ? 1 : Integer.parseInt(m.group(1));
            int month = m.group(2).equals("setiembre") ? 9 : MONTHS.indexOf(m.group(2)) + 1;
            Optional<LocalDate> d = valid(Integer.parseInt(m.group(3)), month, day, today);
            if (d.isEmpty()) {
                continue;
            }
            Inferred<LocalDate> found = new Inferred<>(d.get(), "texto: «" + quote(original, m) + "»");
            // the text's start counts as a line's start
            String before = (m.start() <= 60 ? "\n" : "") + folded.substring(Math.max(0, m.start() - 60), m.start());
            if (placed == null && PLACE_BEFORE_DATE.matcher(before).find()) {
                placed = found;
            }
            if (inHeading == null && m.start() < 300) {
                inHeading = found;
            }
            if (latest == null || d.get().isAfter(latest.value())) {
                latest = found;
            }
        }
        Inferred<LocalDate> chosen = placed != null ? placed : inHeading != null ? inHeading : latest;
        if (chosen != null) {
            return Optional.of(chosen);
        }
        Matcher n = NUMERIC_DATE.matcher(folded);
        while (n.find()) {
            Optional<LocalDate> d = valid(Integer.parseInt(n.group(3)), Integer.parseInt(n.group(2)), Integer.parseInt(n.group(1)), today);
            if (d.isPresent()) {
                return Optional.of(new Inferred<>(d.get(), "texto: «" + quote(original, n) + "»"));
            }
        }
        String created = metadata.get("created");
        if (created != null) {
            Optional<LocalDate> d = iso(created, today).filter(date -> date.getYear() >= 1990);
            if (d.isPresent()) {
                return Optional.of(new Inferred<>(d.get(), "metadatos del archivo (fecha de creación)"));
            }
        }
        return Optional.empty();
    }

    private static final Pattern FILE_NAME_LIKE = Pattern.compile("(?i)^[\\w\\-. ()]*\\.[a-z0-9]{2,5}$|^[\\W\\d_]*$|^(?:pg|page|pag|img|image|scan|doc|documento|archivo)[\\W_]*\\d+.*");
    private static final Pattern GENERIC_METADATA_TITLE = Pattern.compile("(?i)^(microsoft word|untitled|sin t[ií]tulo|documento\\d*|presentaci[oó]n\\d*|\\.+)\\b.*");

    /** The heading of a text: its first 1,500 characters, folded (lower case, no accents). */
    public static String heading(String text) {
        String t = text == null ? "" : text.length() > 1_500 ? text.substring(0, 1_500) : text;
        return fold(t).replaceAll("\\s+", " ");
    }

    /** True when a folded heading names {@code name} (an institution's whole name; accents and case ignored). */
    public static boolean names(String foldedHeading, String name) {
        return foldedHeading.contains(fold(name).replaceAll("\\s+", " "));
    }

    /**
     * True when a folded heading names the institution at all: its distinctive part is enough ("oaxaca" for the Congreso
     * del Estado de Oaxaca, which its own documents call "H. Congreso del Estado Libre y Soberano de Oaxaca"; "senado").
     */
    public static boolean mentions(String foldedHeading, String name) {
        String distinctive = fold(name).replaceAll("\\s+", " ").replaceFirst("^(congreso del estado de|congreso de la|congreso del|congreso de) ", "")
                .replaceFirst(" de la republica$", "");
        return foldedHeading.contains(distinctive);
    }

    /** True when a title says nothing of the content: a file name ("pg-001.png"), digits, a scanner's name. */
    public static boolean saysNothing(String title, String originalFileName) {
        if (title == null || title.isBlank()) {
            return true;
        }
        String t = title.strip();
        return t.equals(originalFileName) || FILE_NAME_LIKE.matcher(t).matches();
    }

    /**
     * A title from the document itself, for one whose given title says nothing ({@link #saysNothing}): its own metadata
     * title when meaningful, else its first heading lines (the Diario's "DIARIO DE LOS DEBATES … Año II, No. 9"), joined
     * when the first is short, at most 200 characters.
     */
    public static Optional<Inferred<String>> title(String text, Map<String, String> metadata, String originalFileName) {
        String meta = metadata.get("title");
        if (meta != null && meta.strip().length() >= 8 && !saysNothing(meta, originalFileName) && !GENERIC_METADATA_TITLE.matcher(meta.strip()).matches()) {
            return Optional.of(new Inferred<>(cutWords(meta.strip().replaceAll("\\s+", " "), 200), "metadatos del archivo (título)"));
        }
        java.util.List<String> heading = new java.util.ArrayList<>();
        int looked = 0;
        for (String line : head(text).split("\\R")) {
            String l = line.strip().replaceAll("\\s+", " ");
            if (l.isEmpty()) {
                continue;
            }
            if (++looked > 40) {
                break;
            }
            long letters = l.chars().filter(Character::isLetter).count();
            if (letters < 6 || letters < l.length() / 2 || l.split(" ").length < 2 && l.length() < 12) {
                continue; // page numbers, rules, stray letters
            }
            heading.add(l);
            if (heading.size() == 2 || heading.get(0).length() >= 60) {
                break;
            }
        }
        if (heading.isEmpty()) {
            return Optional.empty();
        }
        String title = heading.size() > 1 && heading.get(0).length() < 60 ? heading.get(0) + " — " + heading.get(1) : heading.get(0);
        return Optional.of(new Inferred<>(cutWords(title, 200), "texto: primeras líneas"));
    }

    private static String cutWords(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int space = s.lastIndexOf(' ', max - 1);
        return s.substring(0, space > max / 2 ? space : max - 1) + "…";
    }

    /**
     * @param aknType the archive's type for an Akoma Ntoso document type, when the document is one
     */
    public static Optional<Inferred<DocumentType>> type(String text, Map<String, String> metadata, DocumentType aknType) {
        if (aknType != null) {
            return Optional.of(new Inferred<>(aknType, "Akoma Ntoso (tipo «" + metadata.getOrDefault("akn:docType", "") + "»)"));
        }
        String title = metadata.getOrDefault("title", "");
        String original = (title.isBlank() ? "" : title + "\n") + head(text);
        String folded = fold(original);
        int best = Integer.MAX_VALUE;
        Inferred<DocumentType> found = null;
        for (Map.Entry<Pattern, DocumentType> entry : TYPE_WORDS) {
            Matcher m = entry.getKey().matcher(folded);
            if (m.find() && m.start() < best) {
                best = m.start();
                found = new Inferred<>(entry.getValue(), (m.start() < title.length() ? "título del archivo" : "texto") + ": «" + quote(original, m) + "»");
            }
        }
        return Optional.ofNullable(found);
    }

    /** The original words a match covers (folding keeps lengths for the Spanish letters; a decomposed input may not). */
    private static String quote(String original, Matcher m) {
        if (original.length() >= m.end()) {
            return original.substring(m.start(), m.end()).replaceAll("\\s+", " ").strip();
        }
        return m.group().strip();
    }

    private static Optional<LocalDate> iso(String value, LocalDate today) {
        if (value.length() < 10 || !value.substring(0, 10).matches("\\d{4}-\\d{2}-\\d{2}")) {
            return Optional.empty();
        }
        return valid(Integer.parseInt(value.substring(0, 4)), Integer.parseInt(value.substring(5, 7)), Integer.parseInt(value.substring(8, 10)), today);
    }

    private static Optional<LocalDate> valid(int year, int month, int day, LocalDate today) {
        try {
            LocalDate d = LocalDate.of(year, month, day);
            return d.getYear() >= 1800 && !d.isAfter(today.plusDays(1)) ? Optional.of(d) : Optional.empty();
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
