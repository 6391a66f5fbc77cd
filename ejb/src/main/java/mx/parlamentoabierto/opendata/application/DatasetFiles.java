package mx.parlamentoabierto.opendata.application;

import java.io.BufferedOutputStream;
import java.io.IOException;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAccessor;
import java.util.HexFormat;
import java.util.List;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import mx.parlamentoabierto.opendata.domain.DatasetColumn;
import mx.parlamentoabierto.opendata.domain.DatasetDefinition;
import mx.parlamentoabierto.platform.csv.CsvWriter;

/**
 * Writes a dataset's rows to its CSV (UTF-8, RFC 4180, a header line with the codebook's column names) and its JSON (an
 * array of objects keyed by the same names, typed values) at once, row by row, hashing both as they are written:
 * nothing is held in memory but the row being written.
 */
public final class DatasetFiles implements DatasetSource.RowSink, AutoCloseable {

    private static final JsonFactory JSON = new JsonFactory();

    private final DatasetDefinition definition;
    private final MessageDigest csvDigest;
    private final MessageDigest jsonDigest;
    private final OutputStream csvOut;
    private final Writer csv;
    private final OutputStream jsonOut;
    private final JsonGenerator json;
    private final Path csvFile;
    private final Path jsonFile;
    private long rows;

    public DatasetFiles(Path dir, DatasetDefinition definition) throws IOException {
        this.definition = definition;
        try {
            csvDigest = MessageDigest.getInstance("SHA-256");
            jsonDigest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        csvFile = dir.resolve(definition.name() + ".csv");
        jsonFile = dir.resolve(definition.name() + ".json");
        csvOut = new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(csvFile), 1 << 16), csvDigest);
        csv = new OutputStreamWriter(csvOut, StandardCharsets.UTF_8);
        jsonOut = new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(jsonFile), 1 << 16), jsonDigest);
        json = JSON.createGenerator(jsonOut, JsonEncoding.UTF8);
        csv.write(String.join(",", definition.columnNames()));
        csv.write("\r\n");
        json.writeStartArray();
    }

    @Override
    public void row(Object[] values) {
        List<DatasetColumn> columns = definition.columns();
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(definition.name() + ": " + values.length + " valores para " + columns.size() + " columnas");
        }
        try {
            json.writeStartObject();
            for (int i = 0; i < values.length; i++) {
                Object v = values[i];
                if (i > 0) {
                    csv.write(',');
                }
                csv.write(csvCell(v));
                json.writeFieldName(columns.get(i).name());
                writeJson(v);
            }
            json.writeEndObject();
            csv.write("\r\n");
            rows++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeJson(Object v) throws IOException {
        if (v == null) {
            json.writeNull();
        } else if (v instanceof Boolean b) {
            json.writeBoolean(b);
        } else if (v instanceof BigDecimal d) {
            json.writeNumber(d);
        } else if (v instanceof Integer || v instanceof Long || v instanceof Short) {
            json.writeNumber(((Number) v).longValue());
        } else if (v instanceof Number n) {
            json.writeNumber(n.doubleValue());
        } else {
            json.writeString(text(v));
        }
    }

    /** A value as text: dates ISO-8601, decimals plainly (the CSV's and the JSON's). */
    public static String text(Object v) {
        return CsvWriter.text(v);
    }

    static String csvCell(Object v) {
        return CsvWriter.cell(v);
    }

    /** What was written. */
    public record Written(long rows, String csvSha256, String jsonSha256, long csvBytes, long jsonBytes) {
    }

    public Written finish() throws IOException {
        json.writeEndArray();
        json.close();
        csv.close();
        return new Written(rows, HexFormat.of().formatHex(csvDigest.digest()), HexFormat.of().formatHex(jsonDigest.digest()), Files.size(csvFile),
                Files.size(jsonFile));
    }

    @Override
    public void close() throws IOException {
        if (!json.isClosed()) {
            json.close();
        }
        csv.close();
    }
}
