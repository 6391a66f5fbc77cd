package mx.parlamentoabierto.document.application;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * A spreadsheet's non-empty cells, sheet by sheet: rows and columns count from 0 (a message to people adds 1 to the
 * row, as spreadsheet programs number them). Numbers keep the decimal the file stored.
 */
public record Spreadsheet(List<Sheet> sheets) {

    public Spreadsheet {
        sheets = List.copyOf(sheets);
    }

    /** A cell's value: a number or a text, never both. */
    public record Cell(BigDecimal number, String text) {

        public boolean isNumber() {
            return number != null;
        }

        /** The text, or the number written plainly. */
        @Override
        public String toString() {
            return number != null ? number.toPlainString() : text;
        }
    }

    /** One sheet: its name and its rows (row index → column index → cell), in order. */
    public record Sheet(int index, String name, NavigableMap<Integer, NavigableMap<Integer, Cell>> rows) {

        public Sheet {
            rows = Collections.unmodifiableNavigableMap(rows);
        }

        public Map<Integer, Cell> row(int index) {
            return rows.getOrDefault(index, Collections.emptyNavigableMap());
        }

        public Cell cell(int row, int column) {
            return row(row).get(column);
        }

        /** The text of a cell, stripped; empty when the cell is empty or a number. */
        public String text(int row, int column) {
            Cell cell = cell(row, column);
            return cell == null || cell.text() == null ? "" : cell.text().strip();
        }
    }

    /** Reads the worker's {@code cells.tsv} lines ({@code S index name}, {@code C row column N|T value}). */
    public static Spreadsheet parse(List<String> lines) {
        List<Sheet> sheets = new ArrayList<>();
        int index = -1;
        String name = null;
        TreeMap<Integer, NavigableMap<Integer, Cell>> rows = null;
        for (String line : lines) {
            String[] parts = line.split("\t", -1);
            if (parts.length == 3 && parts[0].equals("S")) {
                if (rows != null) {
                    sheets.add(new Sheet(index, name, rows));
                }
                index = Integer.parseInt(parts[1]);
                name = parts[2];
                rows = new TreeMap<>();
            } else if (parts.length == 5 && parts[0].equals("C") && rows != null) {
                Cell cell = parts[3].equals("N") ? new Cell(new BigDecimal(parts[4]), null) : new Cell(null, parts[4]);
                rows.computeIfAbsent(Integer.parseInt(parts[1]), r -> new TreeMap<>()).put(Integer.parseInt(parts[2]), cell);
            } else if (!line.isEmpty()) {
                throw new IllegalArgumentException("línea de celdas mal formada: " + line);
            }
        }
        if (rows != null) {
            sheets.add(new Sheet(index, name, rows));
        }
        return new Spreadsheet(sheets);
    }
}
