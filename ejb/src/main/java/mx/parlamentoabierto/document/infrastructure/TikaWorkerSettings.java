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
        int maxEmbedded, int maxDepth, int maxCompressionRatio) {

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
    }

    public static TikaWorkerSettings defaults(String classpath) {
        return new TikaWorkerSettings(classpath, 2, "512m", Duration.ofSeconds(120), 5_000_000, 100, 5, 100);
    }

    public TikaWorkerSettings withTimeout(Duration newTimeout) {
        return new TikaWorkerSettings(classpath, workers, heap, newTimeout, writeLimit, maxEmbedded, maxDepth, maxCompressionRatio);
    }
}
