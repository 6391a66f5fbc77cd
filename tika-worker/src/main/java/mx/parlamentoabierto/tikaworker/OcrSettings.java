package mx.parlamentoabierto.tikaworker;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;

/**
 * How scanned pages are read: Tesseract through Tika's OCR parser, in Spanish, on images and on the PDF pages that
 * have no text layer ({@link PDFParserConfig.OCR_STRATEGY#AUTO}), producing hOCR so that {@link OcrTracking} can count
 * the pages and read the engine's word confidences. Limits (command-line options of the worker): seconds per page
 * ({@code --ocr-page-seconds}, 60), pages per document ({@code --ocr-max-pages}, 100), seconds of OCR per document
 * ({@code --ocr-document-seconds}, 300); past a limit the remaining pages are not read and the document says so.
 */
final class OcrSettings {

    final boolean available;
    final String language;
    final int pageSeconds;
    final int maxPages;
    final int documentSeconds;
    final int dpi;
    /** Why OCR cannot run here (shown on documents that needed it), or null. */
    final String unavailableReason;

    private OcrSettings(boolean available, String language, int pageSeconds, int maxPages, int documentSeconds, int dpi, String reason) {
        this.available = available;
        this.language = language;
        this.pageSeconds = pageSeconds;
        this.maxPages = maxPages;
        this.documentSeconds = documentSeconds;
        this.dpi = dpi;
        this.unavailableReason = reason;
    }

    static OcrSettings from(Map<String, String> options) {
        String wanted = options.getOrDefault("ocr-language", "spa");
        int pageSeconds = Integer.parseInt(options.getOrDefault("ocr-page-seconds", "60"));
        int maxPages = Integer.parseInt(options.getOrDefault("ocr-max-pages", "100"));
        int documentSeconds = Integer.parseInt(options.getOrDefault("ocr-document-seconds", "300"));
        int dpi = Integer.parseInt(options.getOrDefault("ocr-dpi", "300"));
        if ("false".equals(options.get("ocr"))) {
            return new OcrSettings(false, wanted, pageSeconds, maxPages, documentSeconds, dpi, "el OCR está desactivado en este portal");
        }
        String languages = tesseractLanguages();
        if (languages == null) {
            return new OcrSettings(false, wanted, pageSeconds, maxPages, documentSeconds, dpi,
                    "falta Tesseract en el servidor (paquetes tesseract-ocr y tesseract-ocr-" + wanted + ")");
        }
        if (!languages.lines().map(String::strip).toList().contains(wanted)) {
            return new OcrSettings(false, wanted, pageSeconds, maxPages, documentSeconds, dpi,
                    "Tesseract no tiene los datos del idioma '" + wanted + "' (paquete tesseract-ocr-" + wanted + ")");
        }
        return new OcrSettings(true, wanted, pageSeconds, maxPages, documentSeconds, dpi, null);
    }

    /** {@code tesseract --list-langs}, or null when Tesseract does not run. */
    private static String tesseractLanguages() {
        try {
            Process p = new ProcessBuilder("tesseract", "--list-langs").redirectErrorStream(true).start();
            byte[] out;
            try (InputStream in = p.getInputStream()) {
                out = in.readNBytes(64 * 1024);
            }
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return null;
            }
            return p.exitValue() == 0 ? new String(out, StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** The parse context's OCR settings for one document; {@code tesseract} is the object {@link OcrTracking} may switch off. */
    TesseractOCRConfig configure(ParseContext context, PDFParserConfig pdf) {
        TesseractOCRConfig tesseract = new TesseractOCRConfig();
        tesseract.setLanguage(language);
        tesseract.setOutputType(TesseractOCRConfig.OUTPUT_TYPE.HOCR);
        tesseract.setTimeoutSeconds(pageSeconds);
        tesseract.setSkipOcr(!available);
        context.set(TesseractOCRConfig.class, tesseract);
        pdf.setOcrStrategy(available ? PDFParserConfig.OCR_STRATEGY.AUTO : PDFParserConfig.OCR_STRATEGY.NO_OCR);
        pdf.setOcrDPI(dpi);
        return tesseract;
    }
}
