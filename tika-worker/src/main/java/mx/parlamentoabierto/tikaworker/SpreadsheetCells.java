package mx.parlamentoabierto.tikaworker;

import java.io.BufferedWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * The cells of a spreadsheet (XLS or XLSX, read with Apache POI, the version Tika brings), written for the portal to
 * read a layout from: the portal never opens a spreadsheet itself. {@code cells.tsv}, UTF-8, one line each:
 * <pre>
 *   S  sheet-index  sheet-name
 *   C  row  column  N  number (plain decimal)
 *   C  row  column  T  text (tabs and line breaks as spaces)
 * </pre>
 * Rows and columns count from 0; empty cells are left out; a formula gives its cached result. At most
 * {@code maxCells} cells are written; past it the answer says so and the portal refuses the file.
 */
final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    /** The protocol answer: {@code OK id cells truncated sheets} or {@code FAIL id reason}. */
    static String write(String id, Path input, Path outputDir, long maxCells) {
        try (Workbook workbook = WorkbookFactory.create(input.toFile(), null, true)) {
            Files.createDirectories(outputDir);
            long cells = 0;
            boolean truncated = false;
            try (BufferedWriter out = Files.newBufferedWriter(outputDir.resolve("cells.tsv"), StandardCharsets.UTF_8)) {
                sheets:
                for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
                    Sheet sheet = workbook.getSheetAt(s);
                    out.write("S\t" + s + "\t" + clean(sheet.getSheetName()) + "\n");
                    for (Row row : sheet) {
                        for (Cell cell : row) {
                            String value = value(cell);
                            if (value == null) {
                                continue;
                            }
                            if (++cells > maxCells) {
                                truncated = true;
                                break sheets;
                            }
                            out.write("C\t" + row.getRowNum() + "\t" + cell.getColumnIndex() + "\t" + value + "\n");
                        }
                    }
                }
            }
            return new mx.parlamentoabierto.tikaprotocol.WorkerAnswer.Ok(id, Math.min(cells, maxCells), truncated, workbook.getNumberOfSheets()).line();
        } catch (EncryptedDocumentException e) {
            return new mx.parlamentoabierto.tikaprotocol.WorkerAnswer.Fail(id, "hoja de cálculo cifrada o protegida con contraseña").line();
        } catch (Exception | StackOverflowError e) {
            String chain = ExtractionWorker.chain(e);
            System.err.println("petición " + id + " (" + input.getFileName() + "): " + chain);
            if (e instanceof org.apache.poi.UnsupportedFileFormatException || chain.contains("unsupported file type")
                    || chain.contains("NotOLE2FileException")) {
                return new mx.parlamentoabierto.tikaprotocol.WorkerAnswer.Fail(id, "no es una hoja de cálculo XLS o XLSX").line();
            }
            return new mx.parlamentoabierto.tikaprotocol.WorkerAnswer.Fail(id, ExtractionWorker.reason(chain)).line();
        }
    }

    /** {@code N number}, {@code T text}, or null for an empty cell. */
    private static String value(Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        switch (type) {
            case NUMERIC:
                double number = cell.getNumericCellValue();
                return Double.isFinite(number) ? "N\t" + BigDecimal.valueOf(number).toPlainString() : null;
            case STRING:
                String text = clean(cell.getCellType() == CellType.FORMULA ? cell.getStringCellValue() : cell.getRichStringCellValue().getString());
                return text.isBlank() ? null : "T\t" + text;
            case BOOLEAN:
                return "T\t" + cell.getBooleanCellValue();
            default:
                return null;
        }
    }

    private static String clean(String text) {
        return text == null ? "" : text.replaceAll("[\\t\\r\\n\\u0000]+", " ").strip();
    }
}
