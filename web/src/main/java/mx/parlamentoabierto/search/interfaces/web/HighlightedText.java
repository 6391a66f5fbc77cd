package mx.parlamentoabierto.search.interfaces.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a highlighted fragment from Elasticsearch (HTML-encoded, matches in {@code <mark>}) into plain-text
 * segments, so the page can escape every segment itself and add only its own {@code <mark>} elements:
 * extracted text is never written as HTML.
 */
public final class HighlightedText {

    /** A run of text, marked when it matched the query. */
    public record Segment(String text, boolean marked) {
    }

    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#\\d+|amp|lt|gt|quot|apos);");

    private HighlightedText() {
    }

    public static List<Segment> segments(String fragment) {
        List<Segment> segments = new ArrayList<>();
        boolean marked = false;
        for (String part : fragment.split("(?=<mark>)|(?<=<mark>)|(?=</mark>)|(?<=</mark>)")) {
            if (part.equals("<mark>")) {
                marked = true;
            } else if (part.equals("</mark>")) {
                marked = false;
            } else if (!part.isEmpty()) {
                segments.add(new Segment(unescape(part), marked));
            }
        }
        return segments;
    }

    static String unescape(String html) {
        Matcher m = ENTITY.matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String replacement = switch (e) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> new String(Character.toChars(e.startsWith("#x") ? Integer.parseInt(e.substring(2), 16) : Integer.parseInt(e.substring(1))));
            };
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
