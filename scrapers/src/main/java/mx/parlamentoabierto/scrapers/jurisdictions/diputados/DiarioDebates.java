package mx.parlamentoabierto.scrapers.jurisdictions.diputados;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mx.parlamentoabierto.scrapers.debates.Paragraph;
import mx.parlamentoabierto.scrapers.debates.TranscriptReader;
import mx.parlamentoabierto.scrapers.spi.Page;
import mx.parlamentoabierto.scrapers.spi.PageException;
import mx.parlamentoabierto.scrapers.spi.Provenance;
import mx.parlamentoabierto.scrapers.spi.RecordKind;
import mx.parlamentoabierto.scrapers.spi.ScrapeContext;
import mx.parlamentoabierto.scrapers.spi.ScrapedDebate;
import mx.parlamentoabierto.scrapers.spi.ScrapedRecord;
import mx.parlamentoabierto.scrapers.spi.Scraper;
import mx.parlamentoabierto.spanish.CongressTerms;
import mx.parlamentoabierto.spanish.SpanishDates;

/**
 * The Chamber's Diario de los Debates, the official record published after the sitting as a PDF of two columns, read
 * from the text the extraction workers give (lines as laid out): the running heads ("Año II, Primer Periodo, 14 de
 * octubre de 2010", "Diario de los Debates de la Cámara de Diputados") and page numbers go, the summary (SUMARIO) up to
 * "Presidencia del diputado …" goes, a word broken across lines ("compa-" / "ñeros") is joined, a line in capitals is an
 * agenda heading, and a line that starts as a speaker's label after a sentence ended opens a speech. The same sitting's
 * versión estenográfica and this Diario are one debate, this one prevailing.
 */
public final class DiarioDebates implements Scraper {

    private static final Pattern RUNNING_HEAD = Pattern.compile("^(?:Año [IVXL]+,\\s+\\S+\\s+Periodo,\\s+\\d{1,2} de \\p{L}+ de \\d{4}"
            + "|Diario de los Debates de la C[aá]mara de Diputados|C[aá]mara de Diputados|\\d{1,4})$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PRESIDENCY = Pattern.compile("^Presidencia de(?:l| la) (?:diputad[oa]|senador[a]?) ", Pattern.CASE_INSENSITIVE);
    private static final Pattern LABEL = Pattern.compile("^((?:El|La|Los|Las) (?:Presidente|Presidenta|Vicepresidente|Vicepresidenta|Secretario|"
            + "Secretaria|diputado|diputada|diputados|senador|senadora|ciudadano|ciudadana)\\b[^:]{0,160}?):\\s*(.*)$");
    private static final Pattern SENTENCE_END = Pattern.compile("[.:;?!)»”\"]$");
    private static final Set<String> NOT_HEADINGS = Set.of("SUMARIO", "DIARIO DE LOS DEBATES");

    @Override
    public String name() {
        return "diputados-diario-debates";
    }

    @Override
    public String legislatureId() {
        return "diputados";
    }

    @Override
    public Set<RecordKind> produces() {
        return Set.of(RecordKind.SESSION);
    }

    @Override
    public boolean readsExtractedText() {
        return true;
    }

    @Override
    public List<ScrapedRecord> read(Page page, ScrapeContext context) throws PageException {
        List<String> lines = new String(page.content(), StandardCharsets.UTF_8).replace("\r", "").lines()
                .map(l -> l.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip()).toList();
        String opening = String.join(" ", lines.subList(0, Math.min(60, lines.size())));
        if (!opening.toUpperCase(java.util.Locale.ROOT).contains("DIARIO DE LOS DEBATES")) {
            throw new PageException("no es un Diario de los Debates: sus primeras líneas no lo nombran");
        }
        LocalDate date = SpanishDates.find(opening).orElseThrow(() -> new PageException("el Diario no da la fecha de la sesión en su portada"));
        int start = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (PRESIDENCY.matcher(lines.get(i)).find()) {
                start = i + 1;
                break;
            }
        }
        TranscriptReader reader = TranscriptReader.read(paragraphs(lines.subList(start, lines.size())));
        if (reader.speeches().stream().noneMatch(s -> s.words() > 0)) {
            return List.of();
        }
        String term = context.term().orElse(CongressTerms.id(CongressTerms.containing(date)));
        String title = "Diario de los Debates, sesión del " + date;
        URI source = page.sourceUrl() != null ? page.sourceUrl() : URI.create("http://cronica.diputados.gob.mx/DDebates/" + term + "/" + page.name());
        return List.of(new ScrapedDebate(legislatureId(), term, date, title, StenographicVersions.sittingKind(opening), ScrapedDebate.DIARIO, reader.speeches(), reader.notes(),
                new Provenance(source, page.retrievedAt(), page.name())));
    }

    /**
     * The text's lines as paragraphs: running heads out, broken words joined, headings recognised; a paragraph starts
     * after a line that ends a sentence (or a label's colon) with one that starts with a capital or a parenthesis, and
     * one that starts as a speaker's label is split into the label and the words.
     */
    static List<Paragraph> paragraphs(List<String> lines) {
        List<Paragraph> out = new ArrayList<>();
        StringBuilder current = null;
        String previous = "";
        for (String line : lines) {
            if (line.isEmpty() || RUNNING_HEAD.matcher(line).matches()) {
                continue;
            }
            if (isHeading(line)) {
                flush(out, current);
                current = null;
                out.add(Paragraph.heading(line));
                previous = line;
                continue;
            }
            boolean afterSentence = previous.isEmpty() || SENTENCE_END.matcher(previous).find() || isHeading(previous);
            if (current == null || afterSentence && (Character.isUpperCase(line.codePointAt(0)) || line.startsWith("("))) {
                flush(out, current);
                current = new StringBuilder(line);
            } else if (current.length() > 0 && current.charAt(current.length() - 1) == '-' && Character.isLowerCase(line.codePointAt(0))) {
                current.setLength(current.length() - 1); // "compa-" + "ñeros"
                current.append(line);
            } else {
                current.append(current.length() == 0 ? "" : " ").append(line);
            }
            previous = line;
        }
        flush(out, current);
        return out;
    }

    private static void flush(List<Paragraph> out, StringBuilder text) {
        if (text == null || text.length() == 0) {
            return;
        }
        Matcher speaker = LABEL.matcher(text);
        out.add(speaker.matches() ? new Paragraph(speaker.group(1) + ":", speaker.group(2)) : new Paragraph(null, text.toString()));
    }

    /** A line in capitals of six characters or more ("ASISTENCIA", "DICTÁMENES DE PRIMERA LECTURA"), not the summary's title. */
    static boolean isHeading(String line) {
        if (line.length() < 6 || line.length() > 200 || NOT_HEADINGS.contains(line)) {
            return false;
        }
        boolean letters = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters |= Character.isLetter(c);
        }
        return letters;
    }
}
