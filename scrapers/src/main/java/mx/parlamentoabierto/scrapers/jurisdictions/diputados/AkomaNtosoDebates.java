package mx.parlamentoabierto.scrapers.jurisdictions.diputados;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

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
 * The Chamber's debates marked up in Akoma Ntoso 2.0/3.0 ({@code <debate>}): the date from {@code docDate} (else the
 * work's date), the kind of sitting from the preface, and in the {@code debateBody} each {@code <speech>} — its
 * {@code <from>} read as a transcript's label, the speaker's {@code TLCPerson} name when the label gives none — each
 * {@code <scene>} or {@code <narrative>} a stage direction, each {@code <other>} the current speaker's words. Read by
 * {@link TranscriptReader} like the versiones. External entities and DTDs are refused.
 */
public final class AkomaNtosoDebates implements Scraper {

    private static final java.util.regex.Pattern TIME_FIRST = java.util.regex.Pattern.compile("^\\((\\d{1,2}:\\d{2})(?:\\s*horas)?\\)\\s*:?\\s*");
    private static final Set<String> SPOKEN = Set.of("p", "blockList", "list", "tblock", "table");

    @Override
    public String name() {
        return "diputados-akoma-ntoso";
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
        Document xml = parse(page);
        Element debate = first(xml.getDocumentElement(), "debate");
        if (debate == null) {
            throw new PageException("no es un debate en Akoma Ntoso: falta el elemento <debate> dentro de <akomaNtoso>");
        }
        List<String> notes = new ArrayList<>();
        Map<String, String> persons = new HashMap<>();
        NodeList people = xml.getElementsByTagNameNS("*", "TLCPerson");
        for (int i = 0; i < people.getLength(); i++) {
            Element p = (Element) people.item(i);
            persons.put(p.getAttribute("id").isEmpty() ? p.getAttribute("eId") : p.getAttribute("id"), p.getAttribute("showAs"));
        }
        Element preface = first(debate, "preface");
        String title = preface == null ? "" : preface.getTextContent().replaceAll("\\s+", " ").strip();
        LocalDate date = date(xml, title);
        if (date == null) {
            throw new PageException("el debate no da su fecha (docDate ni FRBRdate)");
        }
        Element body = first(debate, "debateBody");
        if (body == null) {
            throw new PageException("el debate no tiene <debateBody>");
        }
        List<Paragraph> paragraphs = new ArrayList<>();
        walk(body, persons, paragraphs);
        TranscriptReader reader = TranscriptReader.read(paragraphs);
        notes.addAll(reader.notes());
        if (reader.speeches().stream().noneMatch(s -> s.words() > 0)) {
            return List.of();
        }
        String term = context.term().orElse(CongressTerms.id(CongressTerms.containing(date)));
        URI source = page.sourceUrl() != null ? page.sourceUrl() : URI.create("http://cronica.diputados.gob.mx/akoma-ntoso/" + date + "/" + page.name());
        return List.of(new ScrapedDebate(legislatureId(), term, date, title.isEmpty() ? "Debate del " + date : title,
                StenographicVersions.sittingKind(title), ScrapedDebate.VERSION, reader.speeches(), notes,
                new Provenance(source, page.retrievedAt(), page.name())));
    }

    private static void walk(Element parent, Map<String, String> persons, List<Paragraph> out) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) {
                continue;
            }
            switch (e.getLocalName()) {
                case "debateSection", "questions", "answers", "address", "ministerialStatements", "petitions", "papers", "noticesOfMotion",
                        "oralStatements", "writtenStatements", "personalStatements", "pointOfOrder", "rollCall", "prayers", "adjournment",
                        "communication", "administrationOfOath", "declarationOfVote", "resolutions", "nationalInterest", "debateBody" ->
                    walk(e, persons, out);
                case "speech", "question", "answer" -> speech(e, persons, out);
                case "scene", "narrative" -> out.add(new Paragraph(null, "(" + text(e).replaceAll("^\\(|\\)$", "") + ")"));
                case "other" -> out.add(new Paragraph(null, text(e)));
                default -> {
                    // headings and numbers of sections are not words anybody said
                }
            }
        }
    }

    private static void speech(Element speech, Map<String, String> persons, List<Paragraph> out) {
        Element from = first(speech, "from");
        String label = from == null ? "" : from.getTextContent().replaceAll("\\s+", " ").strip();
        String by = speech.getAttribute("by").replaceFirst("^#", "");
        if (label.isEmpty() && persons.containsKey(by)) {
            label = "El diputado " + persons.get(by);
        }
        label = label.endsWith(":") ? label : label + ":";
        boolean first = true;
        for (Node n = speech.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && SPOKEN.contains(e.getLocalName())) {
                String words = text(e);
                java.util.regex.Matcher time = TIME_FIRST.matcher(words);
                if (first && time.find()) {
                    // "(12:06 horas): Y por lo tanto…": the time mark belongs with the label, as the versiones print it
                    label = label.substring(0, label.length() - 1).strip() + " (" + time.group(1) + " horas):";
                    words = words.substring(time.end());
                }
                out.add(new Paragraph(first ? label : null, words));
                first = false;
            }
        }
        if (first) {
            out.add(new Paragraph(label, ""));
        }
    }

    private static String text(Element e) {
        return e.getTextContent().replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    private static LocalDate date(Document xml, String preface) {
        for (String tag : List.of("docDate", "FRBRdate")) {
            NodeList found = xml.getElementsByTagNameNS("*", tag);
            for (int i = 0; i < found.getLength(); i++) {
                Element e = (Element) found.item(i);
                if (tag.equals("FRBRdate") && !"generation".equals(e.getAttribute("name")) && i > 0) {
                    continue;
                }
                try {
                    return LocalDate.parse(e.getAttribute("date").substring(0, Math.min(10, e.getAttribute("date").length())));
                } catch (DateTimeParseException | StringIndexOutOfBoundsException ignored) {
                    // the next candidate
                }
            }
        }
        return SpanishDates.find(preface).orElse(null);
    }

    private static Element first(Element parent, String localName) {
        NodeList found = parent.getElementsByTagNameNS("*", localName);
        return found.getLength() == 0 ? null : (Element) found.item(0);
    }

    private static Document parse(Page page) throws PageException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            Document document = builder.parse(new ByteArrayInputStream(page.content()));
            if (!"akomaNtoso".equals(document.getDocumentElement().getLocalName())) {
                throw new PageException("no es Akoma Ntoso: el elemento raíz es <" + document.getDocumentElement().getLocalName() + ">");
            }
            return document;
        } catch (PageException e) {
            throw e;
        } catch (Exception e) {
            throw new PageException("no es un XML legible: " + e.getMessage());
        }
    }
}
