package mx.parlamentoabierto.document.application;

import java.nio.file.Path;

/**
 * Reads the cells of a spreadsheet (XLS, XLSX) outside the portal's JVM, under the same limits as text extraction:
 * imports that need a file's table structure (budgets) read it through this port.
 */
public interface SpreadsheetReader {

    /** The file's cells; a damaged, encrypted, hostile, too large or non-spreadsheet file throws with the reason. */
    Spreadsheet read(Path file);

    /** The file could not be read as a spreadsheet; the message is the reason, in Spanish, for the person importing. */
    final class UnreadableException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public UnreadableException(String reason) {
            super(reason, null, false, false);
        }
    }
}
