package mx.parlamentoabierto.scrapers.jurisdictions.diputados;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

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
import mx.parlamentoabierto.spanish.PageText;
import mx.parlamentoabierto.spanish.SpanishDates;
import mx.parlamentoabierto.spanish.SpanishText;

/**
 * The Crónica Parlamentaria's versiones estenográficas (one HTML page per sitting, published the same day): the header
 * "Versión estenográfica de la sesión ordinaria del martes 5 de febrero de 2008" gives the date and the kind of sitting;
 * each {@code <p>} is a paragraph, its leading bold text up to the colon the speaker's label ("La Presidenta diputada Ruth
 * Zavaleta Salgado</b> (11:24 horas):"). The speeches are read by {@link TranscriptReader}.
 */
public final class StenographicVersions implements Scraper {

    private static final Pattern HEADER = Pattern.compile("versi[oó]n estenogr[aá]fica de la (?:sesi[oó]n|reuni[oó]n|comparecencia)[^\\n]{0,400}",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FILE_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    /** Parentheses between the bold label and its colon: "(11:24 horas):", "(desde la curul):". */
    private static final Pattern LABEL_TAIL = Pattern.compile("^\\s*((?:\\([^()]{0,60}\\)\\s*)*):");
    /** A label printed without bold: only an officer's or a legislator's, so that a sentence is not taken for one. */
    private static final Pattern PLAIN_LABEL = Pattern.compile("^((?:El|La) (?:Presidente|Presidenta|Vicepresidente|Vicepresidenta|Secretario|Secretaria|"
            + "diputado|diputada)\\b[^:]{0,160}?):\\s");
    private static final Set<String> BOLD = Set.of("b", "strong");

    @Override
    public String name() {
        return "diputados-estenograficas";
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
    public List<ScrapedRecord> read(Page page, ScrapeContext context) throws PageException {
        Document html = Jsoup.parse(PageText.decode(page.content()));
        List<String> notes = new ArrayList<>();
        String body = html.body() == null ? "" : html.body().wholeText();
        Matcher header = HEADER.matcher(body.replaceAll("\\s+", " "));
        String title = header.find() ? header.group().strip() : null;
        LocalDate date = title == null ? null : SpanishDates.find(title).orElse(null);
        if (date == null) {
            Matcher file = FILE_DATE.matcher(page.name());
            if (!file.find()) {
                throw new PageException("no es una versión estenográfica: falta el encabezado 'Versión estenográfica de la sesión … del <día> de <mes> "
                        + "de <año>' y el nombre del archivo no lleva la fecha (AAAAMMDD)");
            }
            date = LocalDate.of(Integer.parseInt(file.group(1)), Integer.parseInt(file.group(2)), Integer.parseInt(file.group(3)));
            notes.add("fecha tomada del nombre del archivo: el encabezado no la da");
        }
        if (title == null) {
            title = "Versión estenográfica de la sesión del " + date;
            notes.add("sin encabezado 'Versión estenográfica de la sesión …'");
        }
        String term = context.term().orElse(CongressTerms.id(CongressTerms.containing(date)));
        List<Paragraph> paragraphs = new ArrayList<>();
        for (Element p : html.select("p")) {
            if (!p.text().isBlank()) {
                paragraphs.add(paragraph(p));
            }
        }
        TranscriptReader reader = TranscriptReader.read(paragraphs);
        if (reader.speeches().stream().noneMatch(s -> s.words() > 0)) {
            return List.of();
        }
        notes.addAll(reader.notes());
        URI source = page.sourceUrl() != null ? page.sourceUrl()
                : URI.create("http://cronica.diputados.gob.mx/Estenografia/" + term + "/" + date.getYear() + "/" + page.name().replace(' ', '_'));
        return List.of(new ScrapedDebate(legislatureId(), term, date, title, sittingKind(title), ScrapedDebate.VERSION, reader.speeches(), notes,
                new Provenance(source, page.retrievedAt(), page.name())));
    }

    /** The paragraph's leading bold text up to the colon, as the label, and the rest. */
    static Paragraph paragraph(Element p) {
        StringBuilder bold = new StringBuilder();
        StringBuilder rest = new StringBuilder();
        boolean leading = true;
        for (Node node : p.childNodes()) {
            String text = node instanceof TextNode t ? t.text() : node instanceof Element e ? e.text() : "";
            if (leading && node instanceof TextNode && text.isBlank()) {
                continue;
            }
            if (leading && node instanceof Element e && BOLD.contains(e.tagName())) {
                bold.append(text).append(' ');
                continue;
            }
            leading = false;
            rest.append(text);
        }
        String label = bold.toString().replace('\u00a0', ' ').strip();
        String after = rest.toString().replace('\u00a0', ' ');
        int colon = label.indexOf(':');
        if (colon >= 0) {
            return new Paragraph(label.substring(0, colon + 1), label.substring(colon + 1) + " " + after);
        }
        if (!label.isEmpty()) {
            Matcher tail = LABEL_TAIL.matcher(after);
            if (tail.find()) {
                return new Paragraph(label + " " + tail.group(1).strip() + ":", after.substring(tail.end()));
            }
            return new Paragraph(null, label + " " + after);
        }
        Matcher plain = PLAIN_LABEL.matcher(after.strip());
        if (plain.find()) {
            return new Paragraph(plain.group(1) + ":", after.strip().substring(plain.end()));
        }
        return new Paragraph(null, after);
    }

    static String sittingKind(String title) {
        String plain = SpanishText.plain(title);
        if (plain.contains("congreso general")) {
            return "congreso-general";
        }
        if (plain.contains("comision permanente")) {
            return "permanente";
        }
        for (String kind : List.of("solemne", "preparatoria", "extraordinaria", "ordinaria", "comparecencia")) {
            if (plain.contains(kind)) {
                return kind;
            }
        }
        return "sesion";
    }
}
