package mx.parlamentoabierto.platform.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import mx.parlamentoabierto.platform.json.InvalidDataFileException;

/**
 * A CSV file as RFC 4180 writes it (UTF-8, optional BOM, comma or semicolon separated — the separator is the one the
 * header line uses —, double-quoted cells with doubled quotes and line breaks inside). The first line names the
 * columns; each row keeps its line number so that every problem names the file, the line and the column.
 */
public final class CsvTable {

    /** One data row: its line in the file and its cells by column name. */
    public record Row(int line, Map<String, String> cells) {
        /** The cell, stripped; empty when the column is missing or blank. */
        public Optional<String> get(String column) {
            String value = cells.get(column);
            return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
        }
    }

    private final String file;
    private final List<String> columns;
    private final List<Row> rows;

    private CsvTable(String file, List<String> columns, List<Row> rows) {
        this.file = file;
        this.columns = columns;
        this.rows = rows;
    }

    /**
     * @param required columns the file must have
     * @param maxRows  refuse larger files (a clear error, not memory exhaustion)
     */
    public static CsvTable read(String file, InputStream content, Set<String> required, Set<String> optional, int maxRows) {
        List<List<String>> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        try (Reader reader = new InputStreamReader(content, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))) {
            parse(file, reader, records, lines, maxRows + 1);
        } catch (CharacterCodingException e) {
            throw new InvalidDataFileException(file, "línea " + (lines.size() + 1), "el archivo no está en UTF-8 (guárdelo como CSV UTF-8)");
        } catch (IOException e) {
            throw new InvalidDataFileException(file, "$", "no se pudo leer: " + e.getMessage());
        }
        if (records.isEmpty()) {
            throw new InvalidDataFileException(file, "línea 1", "el archivo está vacío: falta la línea de encabezados");
        }
        List<String> header = records.get(0).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        for (String column : required) {
            if (!header.contains(column)) {
                throw new InvalidDataFileException(file, "línea 1", "falta la columna obligatoria '" + column + "' (encabezados: "
                        + String.join(", ", header) + ")");
            }
        }
        for (String column : header) {
            if (!column.isEmpty() && !required.contains(column) && !optional.contains(column)) {
                throw new InvalidDataFileException(file, "línea 1, columna '" + column + "'", "columna desconocida (se aceptan: "
                        + String.join(", ", required.stream().sorted().toList()) + "; opcionales: " + String.join(", ", optional.stream().sorted().toList()) + ")");
            }
        }
        if (records.size() - 1 > maxRows) {
            throw new InvalidDataFileException(file, "línea " + lines.get(maxRows + 1), "el archivo pasa de " + maxRows + " filas: divídalo");
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> record = records.get(i);
            if (record.size() == 1 && record.get(0).isBlank()) {
                continue;
            }
            if (record.size() > header.size()) {
                throw new InvalidDataFileException(file, "línea " + lines.get(i), "tiene " + record.size() + " celdas y el encabezado "
                        + header.size());
            }
            Map<String, String> cells = new HashMap<>();
            for (int c = 0; c < record.size(); c++) {
                cells.put(header.get(c), record.get(c));
            }
            rows.add(new Row(lines.get(i), cells));
        }
        return new CsvTable(file, header, rows);
    }

    private static void parse(String file, Reader reader, List<List<String>> records, List<Integer> lines, int limit) throws IOException {
        int line = 1;
        int c = reader.read();
        if (c == '\uFEFF') {
            c = reader.read();
        }
        char separator = 0;
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean cellStarted = false;
        int recordLine = 1;
        while (c != -1) {
            char ch = (char) c;
            if (quoted) {
                if (ch == '"') {
                    int next = reader.read();
                    if (next == '"') {
                        cell.append('"');
                    } else {
                        quoted = false;
                        c = next;
                        continue;
                    }
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    cell.append(ch);
                }
            } else if (ch == '"' && !cellStarted) {
                quoted = true;
                cellStarted = true;
            } else if ((ch == ',' || ch == ';') && (separator == 0 ? records.isEmpty() : ch == separator)) {
                if (separator == 0) {
                    separator = ch;
                }
                record.add(cell.toString());
                cell.setLength(0);
                cellStarted = false;
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r') {
                    int next = reader.read();
                    if (next != '\n') {
                        record.add(cell.toString());
                        finish(records, lines, record, recordLine);
                        record = new ArrayList<>();
                        cell.setLength(0);
                        cellStarted = false;
                        line++;
                        recordLine = line;
                        c = next;
                        continue;
                    }
                }
                record.add(cell.toString());
                finish(records, lines, record, recordLine);
                record = new ArrayList<>();
                cell.setLength(0);
                cellStarted = false;
                line++;
                recordLine = line;
            } else {
                cell.append(ch);
                cellStarted = true;
            }
            if (records.size() > limit) {
                return;
            }
            c = reader.read();
        }
        if (quoted) {
            throw new InvalidDataFileException(file, "línea " + recordLine, "unas comillas abiertas no se cierran antes del final del archivo");
        }
        if (cellStarted || !record.isEmpty()) {
            record.add(cell.toString());
            finish(records, lines, record, recordLine);
        }
    }

    private static void finish(List<List<String>> records, List<Integer> lines, List<String> record, int line) {
        records.add(record);
        lines.add(line);
    }

    public String file() {
        return file;
    }

    public List<String> columns() {
        return columns;
    }

    public List<Row> rows() {
        return rows;
    }

    /** A problem in one cell, located by file, line and column. */
    public InvalidDataFileException error(Row row, String column, String problem) {
        return new InvalidDataFileException(file, "línea " + row.line() + ", columna '" + column + "'", problem);
    }
}
