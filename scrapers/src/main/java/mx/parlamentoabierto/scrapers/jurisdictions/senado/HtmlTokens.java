package mx.parlamentoabierto.scrapers.jurisdictions.senado;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import mx.parlamentoabierto.spanish.PageText;

/**
 * A saved HTML page as the sequence of its text pieces: every paragraph, line break, table cell and row ends one;
 * scripts and styles are dropped; character references decoded; spaces collapsed. The Diario's pages are hand-made
 * HTML whose tags are often left open, so a piece is whatever lies between two such boundaries.
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
            String t = Entities.decode(line).replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
            if (!t.isEmpty()) {
                tokens.add(t);
            }
        }
        return tokens;
    }

    /** The HTML character references the Diario's pages use, named and numeric. */
    static final class Entities {

        private static final java.util.Map<String, String> NAMED = java.util.Map.ofEntries(java.util.Map.entry("nbsp", " "),
                java.util.Map.entry("amp", "&"), java.util.Map.entry("lt", "<"), java.util.Map.entry("gt", ">"), java.util.Map.entry("quot", "\""),
                java.util.Map.entry("aacute", "á"), java.util.Map.entry("eacute", "é"), java.util.Map.entry("iacute", "í"),
                java.util.Map.entry("oacute", "ó"), java.util.Map.entry("uacute", "ú"), java.util.Map.entry("Aacute", "Á"),
                java.util.Map.entry("Eacute", "É"), java.util.Map.entry("Iacute", "Í"), java.util.Map.entry("Oacute", "Ó"),
                java.util.Map.entry("Uacute", "Ú"), java.util.Map.entry("ntilde", "ñ"), java.util.Map.entry("Ntilde", "Ñ"),
                java.util.Map.entry("uuml", "ü"), java.util.Map.entry("Uuml", "Ü"), java.util.Map.entry("iexcl", "¡"),
                java.util.Map.entry("iquest", "¿"), java.util.Map.entry("ordm", "º"), java.util.Map.entry("ordf", "ª"),
                java.util.Map.entry("laquo", "«"), java.util.Map.entry("raquo", "»"));
        private static final Pattern REFERENCE = Pattern.compile("&(#[xX]?[0-9A-Fa-f]+|[A-Za-z]+);");

        private Entities() {
        }

        static String decode(String text) {
            if (text.indexOf('&') < 0) {
                return text;
            }
            java.util.regex.Matcher m = REFERENCE.matcher(text);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String ref = m.group(1);
                String replacement;
                if (ref.startsWith("#")) {
                    try {
                        int code = ref.length() > 1 && (ref.charAt(1) == 'x' || ref.charAt(1) == 'X') ? Integer.parseInt(ref.substring(2), 16)
                                : Integer.parseInt(ref.substring(1));
                        replacement = Character.isValidCodePoint(code) ? new String(Character.toChars(code)) : m.group();
                    } catch (NumberFormatException e) {
                        replacement = m.group();
                    }
                } else {
                    replacement = NAMED.getOrDefault(ref, m.group());
                }
                m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(replacement));
            }
            m.appendTail(out);
            return out.toString();
        }
    }
}
