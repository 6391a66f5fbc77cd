package mx.parlamentoabierto.tikaworker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * OCR through the worker with the real Tesseract (installed by {@code ./parlamento test}): a picture of known Spanish
 * lines and an image-only PDF give those words back, the pages read by OCR and the engine's confidence; the page
 * budget stops OCR and says so.
 */
class OcrExtractionIT {

    @TempDir
    static Path dir;

    private static ExtractionWorker worker;

    @BeforeAll
    static void start() throws Exception {
        worker = new ExtractionWorker(Map.of("ocr-max-pages", "2"));
    }

    private static Properties metadata(Path out) throws Exception {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(out.resolve("metadata.properties"), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    private static void assertWordsFound(String text) {
        for (String word : new String[] {"DIARIO DE LOS DEBATES", "jueves 21 de diciembre de 2006", "Zavaleta", "Comisión de Hacienda",
                "Crédito Público", "402 diputadas"}) {
            assertTrue(text.contains(word), "«" + word + "» in: " + text);
        }
    }

    @Test
    void aPictureOfSpanishTextIsReadInSpanish() throws Exception {
        for (String format : new String[] {"png", "tiff"}) {
            Path out = dir.resolve("salida-" + format);
            String answer = worker.extract("1", ScannedPages.image(dir, format), out);
            assertTrue(answer.startsWith("OK\t1\t"), answer);
            assertWordsFound(Files.readString(out.resolve("text.txt")));
            Properties p = metadata(out);
            assertEquals("1", p.getProperty("ocr.pages"));
            assertTrue(Double.parseDouble(p.getProperty("ocr.confidence")) > 80, p.toString());
            assertEquals("image/" + format, p.getProperty("contentType"));
        }
    }

    @Test
    void anImageOnlyPdfIsReadPageByPageWithinItsPageBudget() throws Exception {
        Path out = dir.resolve("salida-pdf");
        String answer = worker.extract("2", ScannedPages.pdf(dir, 3), out);
        assertTrue(answer.startsWith("OK\t2\t"), answer);
        assertEquals("true", answer.split("\t")[3], "the page budget cut the text: " + answer);
        String text = Files.readString(out.resolve("text.txt"));
        assertWordsFound(text);
        Properties p = metadata(out);
        assertEquals("1-2", p.getProperty("ocr.pages"), "two pages read, the third beyond the budget");
        assertTrue(p.getProperty("truncation").contains("el OCR se limitó a 2 páginas"), p.toString());
        assertEquals("3", p.getProperty("pageCount"));
    }

    @Test
    void aPdfWithATextLayerIsNotReadByOcr() throws Exception {
        Path text = Path.of("../ejb/src/test/resources/corpora/tika-sample/testPDF.pdf");
        Path out = dir.resolve("salida-texto");
        assertTrue(worker.extract("3", text, out).startsWith("OK\t3\t"));
        assertEquals(null, metadata(out).getProperty("ocr.pages"));
    }
}
