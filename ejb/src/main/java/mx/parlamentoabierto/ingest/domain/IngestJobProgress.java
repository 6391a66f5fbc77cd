package mx.parlamentoabierto.ingest.domain;

import java.time.Instant;

/**
 * How far a job got. {@code done} counts files that need nothing more: refused, duplicates, and documents
 * that ended INDEXED or FAILED; {@code pending} are documents still being extracted or indexed. A job is
 * complete when every expected file arrived and nothing is pending.
 */
public record IngestJobProgress(long id, String label, String createdBy, Instant createdAt, int expectedFiles, long arrived,
        long rejected, long duplicates, long pending, long indexed, long failed) {

    public long total() {
        return Math.max(expectedFiles, arrived);
    }

    public long done() {
        return rejected + duplicates + indexed + failed;
    }

    public boolean complete() {
        return arrived >= expectedFiles && pending == 0;
    }

    /** Whole percent of {@link #total()} that is done, 0–100. */
    public int percent() {
        return total() == 0 ? 100 : (int) (done() * 100 / total());
    }

    /** Files that did not make it into search: refused on arrival or failed in extraction or indexing. */
    public long failures() {
        return rejected + failed;
    }
}
