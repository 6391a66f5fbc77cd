package mx.parlamentoabierto.platform.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void textASpreadsheetWouldRunGetsAnApostropheAndNumbersStayNumbers() {
        assertEquals("'=HYPERLINK(\"\"http://evil.example\"\")", CsvWriter.cell("=HYPERLINK(\"http://evil.example\")").replaceAll("^\"|\"$", ""));
        assertEquals("'+1", CsvWriter.cell("+1"));
        assertEquals("'-2+3", CsvWriter.cell("-2+3"));
        assertEquals("'@SUM(A1)", CsvWriter.cell("@SUM(A1)"));
        assertEquals("'\tx", CsvWriter.cell("\tx"));
        assertEquals("\"'\rx\"", CsvWriter.cell("\rx"), "a CR is quoted too");
        assertEquals("\"'=cmd|' /C calc'!A0,x\"", CsvWriter.cell("=cmd|' /C calc'!A0,x"));
        assertEquals("-5", CsvWriter.cell(-5), "a negative number is a number");
        assertEquals("-1234.50", CsvWriter.cell(new BigDecimal("-1234.50")));
        assertEquals("true", CsvWriter.cell(true));
        assertEquals("2024-01-31", CsvWriter.cell(LocalDate.of(2024, 1, 31)));
        assertEquals("Comisión de Hacienda", CsvWriter.cell("Comisión de Hacienda"));
        assertEquals("\"Pérez, Ana\"", CsvWriter.cell("Pérez, Ana"));
        assertEquals("", CsvWriter.cell(null));
        assertEquals("", CsvWriter.cell(""));
    }

    @Test
    void rowsAreCommaSeparatedWithCrLf() {
        assertEquals("a,b\r\n1,\"x\"\"y\"\r\n", CsvWriter.inMemory().row("a", "b").row(1, "x\"y").toString());
    }
}
