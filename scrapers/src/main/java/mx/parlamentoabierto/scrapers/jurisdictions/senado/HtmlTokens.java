package mx.parlamentoabierto.scrapers.jurisdictions.senado;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.parser.Parser;

import mx.parlamentoabierto.spanish.PageText;

/**
 * A saved HTML page as the sequence of its text pieces: every paragraph, line break, table cell and row ends one;
 * scripts and styles are dropped; character references decoded (jsoup, as the SITL scraper does); spaces collapsed.
 * The Diario's pages are hand-made HTML whose tags are often left open, so a piece is whatever lies between two such
 * boundaries.
 */
final class HtmlTokens {

    private static final Pattern SCRIPTS = Pattern.compile("(?is)<(script|style)\\b.*?</\\1\\s*>");
    private static final Pattern COMMENTS = Pattern.compile("(?s)<!--.*?-->");
    private static final Pattern BOUNDARIES = Pattern.compile(
            "(?i)<\\s*/?\\s*(p|br|td|th|tr|div|li|table|center|h[1-6]|blockquote|pre)\\b[^>]*>");
    private static final Pattern TAGS = Pattern.compile("<[^>]*>");

    private HtmlTokens() {
    }

    static List<String> of(byte[] content) {
        String text = PageText.decode(content);
        text = SCRIPTS.matcher(text).replaceAll(" ");
        text = COMMENTS.matcher(text).replaceAll(" ");
        text = BOUNDARIES.matcher(text).replaceAll("\n");
        text = TAGS.matcher(text).replaceAll(" ");
        List<String> tokens = new ArrayList<>();
        for (String line : text.split("\n")) {
            String t = Parser.unescapeEntities(line, false).replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
            if (!t.isEmpty()) {
                tokens.add(t);
            }
        }
        return tokens;
    }
}
