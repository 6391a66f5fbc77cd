package mx.parlamentoabierto.platform.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAccessor;
import java.util.List;

/**
 * The one CSV writer of the portal (RFC 4180: comma, CRLF, double quotes doubled), for every download and open data
 * file. Numbers, booleans and dates are written as they are. A text cell that a spreadsheet would run as a formula —
 * one beginning with {@code =}, {@code +}, {@code -}, {@code @}, a TAB or a CR — gets a leading apostrophe, as the OWASP
 * guidance on CSV injection recommends; the codebooks say so, and the JSON copies keep the text untouched.
 */
public final class CsvWriter {

    private final Appendable out;

    public CsvWriter(Appendable out) {
        this.out = out;
    }

    /** A writer into a new string builder; {@link #toString()} gives the CSV. */
    public static CsvWriter inMemory() {
        return new CsvWriter(new StringBuilder());
    }

    public CsvWriter row(List<?> values) {
        try {
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(cell(values.get(i)));
            }
            out.append("\r\n");
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public CsvWriter row(Object... values) {
        return row(java.util.Arrays.asList(values));
    }

    /** The CSV written so far, when writing into memory. */
    @Override
    public String toString() {
        return out.toString();
    }

    /** One cell: empty for null, numbers and booleans plain, text neutralised and quoted when it has to be. */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return text(value);
        }
        String s = neutralised(text(value));
        return s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0 ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    /** Text a spreadsheet would read as a formula, with an apostrophe before it; any other text as it is. */
    public static String neutralised(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + text : text;
    }

    /** A value as text: dates ISO-8601, decimals plainly. */
    public static String text(Object v) {
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate().toString();
        }
        if (v instanceof java.sql.Timestamp t) {
            return t.toInstant().toString();
        }
        if (v instanceof LocalDate || v instanceof Instant || v instanceof TemporalAccessor) {
            return v.toString();
        }
        return String.valueOf(v);
    }

    /** Writes into a {@link Writer} (the open data files). */
    public static CsvWriter to(Writer writer) {
        return new CsvWriter(writer);
    }
}
