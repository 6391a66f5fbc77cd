package mx.parlamentoabierto.opendata.interfaces.feed;

import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An Atom 1.0 feed (RFC 4287) written with the JDK's XML writer (every text escaped): the feed's id, title, updated
 * (its newest entry's, or the time asked), author and self link; each entry with id, title, updated, an alternate link
 * and a summary. Ids are {@code tag:} URIs (RFC 4151) that never change; links are relative to the portal unless its
 * public address is configured.
 */
public final class AtomFeed {

    static final String NS = "http://www.w3.org/2005/Atom";
    static final String AUTHORITY = "tag:parlamentoabierto.mx,2026:";

    /** One entry. */
    public record Entry(String id, String title, Instant updated, String link, String summary) {
    }

    private final String id;
    private final String title;
    private final String self;
    private final String alternate;
    private final List<Entry> entries = new ArrayList<>();

    public AtomFeed(String id, String title, String self, String alternate) {
        this.id = AUTHORITY + specific(id);
        this.title = title;
        this.self = self;
        this.alternate = alternate;
    }

    public AtomFeed add(String entryId, String entryTitle, Instant updated, String link, String summary) {
        entries.add(new Entry(AUTHORITY + specific(entryId), entryTitle, updated, link, summary));
        return this;
    }

    public String write(Instant now) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("feed");
            x.writeDefaultNamespace(NS);
            x.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "es");
            text(x, "id", id);
            text(x, "title", title);
            Instant updated = entries.stream().map(Entry::updated).max(Comparator.naturalOrder()).orElse(now);
            text(x, "updated", updated.toString());
            x.writeStartElement("author");
            text(x, "name", "Parlamento Abierto");
            x.writeEndElement();
            link(x, "self", self, "application/atom+xml");
            link(x, "alternate", alternate, "text/html");
            text(x, "generator", "Parlamento Abierto");
            for (Entry e : entries) {
                x.writeStartElement("entry");
                text(x, "id", e.id());
                text(x, "title", e.title() == null || e.title().isBlank() ? "(sin título)" : e.title());
                text(x, "updated", e.updated().toString());
                link(x, "alternate", e.link(), "text/html");
                if (e.summary() != null && !e.summary().isBlank()) {
                    x.writeStartElement("summary");
                    x.writeAttribute("type", "text");
                    x.writeCharacters(clean(e.summary()));
                    x.writeEndElement();
                }
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private static void text(XMLStreamWriter x, String element, String value) throws XMLStreamException {
        x.writeStartElement(element);
        x.writeCharacters(clean(value));
        x.writeEndElement();
    }

    private static void link(XMLStreamWriter x, String rel, String href, String type) throws XMLStreamException {
        x.writeEmptyElement("link");
        x.writeAttribute("rel", rel);
        x.writeAttribute("type", type);
        x.writeAttribute("href", href);
    }

    /** The specific part of a tag URI: anything outside the URI's unreserved and sub-delimiter characters percent-encoded. */
    static String specific(String raw) {
        StringBuilder out = new StringBuilder();
        for (byte b : raw.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 128 && (Character.isLetterOrDigit(c) || "-._~/:!$&'()*+,;=@".indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    /** XML 1.0 cannot carry most control characters: a text extracted from a file may have them. */
    private static String clean(String text) {
        return text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", " ");
    }
}
