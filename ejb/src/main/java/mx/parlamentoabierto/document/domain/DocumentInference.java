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
        Matcher m = LONG_DATE.matcher(folded);
        while (m.find()) {
            int day = m.group(1).equals("primero") ? 1 : Integer.parseInt(m.group(1));
            int month = m.group(2).equals("setiembre") ? 9 : MONTHS.indexOf(m.group(2)) + 1;
            Optional<LocalDate> d = valid(Integer.parseInt(m.group(3)), month, day, today);
            if (d.isPresent()) {
                return Optional.of(new Inferred<>(d.get(), "texto: «" + quote(original, m) + "»"));
            }
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
