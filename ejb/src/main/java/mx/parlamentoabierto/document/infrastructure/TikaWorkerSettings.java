package mx.parlamentoabierto.document.infrastructure;

import java.time.Duration;
import java.util.Objects;

/**
 * How worker processes are started and bounded.
 *
 * @param classpath          the worker's classpath (tika-worker/target/lib/* and its jar)
 * @param workers            processes in the pool: the number of documents parsed at once
 * @param heap               JVM heap cap of each worker, e.g. {@code 512m}
 * @param timeout            per-document limit; past it the worker is killed and restarted
 * @param writeLimit         characters of text kept per document
 * @param maxEmbedded        embedded documents parsed per document
 * @param maxDepth           embedding levels parsed
 * @param maxCompressionRatio  largest accepted ratio of extracted to compressed size (zip-bomb guard)
 */
public record TikaWorkerSettings(String classpath, int workers, String heap, Duration timeout, int writeLimit,
        int maxEmbedded, int maxDepth, int maxCompressionRatio, Ocr ocr) {

    /**
     * OCR of scanned pages and images with Tesseract inside the workers.
     *
     * @param enabled          false turns OCR off (scanned pages then say they were not read)
     * @param language         Tesseract's language data ({@code spa})
     * @param pageSeconds      the longest one page's OCR may take
     * @param maxPages         pages read by OCR per document; the rest are left out, and the document says so
     * @param documentSeconds  OCR time per document; past it the rest is left out. A request's time limit grows by it.
     */
    public record Ocr(boolean enabled, String language, int pageSeconds, int maxPages, int documentSeconds) {

        public static final Ocr DEFAULTS = new Ocr(true, "spa", 60, 100, 300);

        public Ocr {
            if (language == null || !language.matches("[a-z_+]{3,40}")) {
                throw new IllegalArgumentException("ocr language must look like spa or spa+eng");
            }
            if (pageSeconds < 1 || maxPages < 0 || documentSeconds < 1) {
                throw new IllegalArgumentException("ocr limits must be positive");
            }
        }

        /** The worker's command-line options. */
        java.util.List<String> options() {
            return java.util.List.of("--ocr", String.valueOf(enabled), "--ocr-language", language, "--ocr-page-seconds", String.valueOf(pageSeconds),
                    "--ocr-max-pages", String.valueOf(maxPages), "--ocr-document-seconds", String.valueOf(documentSeconds));
        }
    }

    public TikaWorkerSettings(String classpath, int workers, String heap, Duration timeout, int writeLimit, int maxEmbedded, int maxDepth,
            int maxCompressionRatio) {
        this(classpath, workers, heap, timeout, writeLimit, maxEmbedded, maxDepth, maxCompressionRatio, Ocr.DEFAULTS);
    }

    public TikaWorkerSettings {
        Objects.requireNonNull(classpath, "classpath");
        if (workers < 1 || workers > 16) {
            throw new IllegalArgumentException("workers must be 1..16");
        }
        if (heap == null || !heap.matches("\\d+[mMgG]")) {
            throw new IllegalArgumentException("heap must look like 512m");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
        Objects.requireNonNull(ocr, "ocr");
    }

    public static TikaWorkerSettings defaults(String classpath) {
        return new TikaWorkerSettings(classpath, 2, "512m", Duration.ofSeconds(120), 5_000_000, 100, 5, 100);
    }

    public TikaWorkerSettings withTimeout(Duration newTimeout) {
        return new TikaWorkerSettings(classpath, workers, heap, newTimeout, writeLimit, maxEmbedded, maxDepth, maxCompressionRatio, ocr);
    }

    public TikaWorkerSettings withOcr(Ocr newOcr) {
        return new TikaWorkerSettings(classpath, workers, heap, timeout, writeLimit, maxEmbedded, maxDepth, maxCompressionRatio, newOcr);
    }

    /** How long one request may take: the extraction's limit, plus the OCR budget when OCR may run. */
    public Duration requestTimeout() {
        return ocr.enabled() ? timeout.plusSeconds(ocr.documentSeconds()) : timeout;
    }
}
