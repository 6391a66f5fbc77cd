package mx.parlamentoabierto.document.application;

import java.util.Map;
import java.util.Optional;

/**
 * What extraction produced for one file: either text and metadata, or a human-readable reason why not.
 *
 * @param truncated true when the text was cut at the write limit or embedded documents were skipped
 */
public record Extraction(boolean succeeded, String text, Map<String, String> metadata, boolean truncated,
        int embeddedDocuments, String failureReason) {

    public Extraction {
        metadata = Map.copyOf(metadata);
    }

    public static Extraction success(String text, Map<String, String> metadata, boolean truncated, int embedded) {
        return new Extraction(true, text, metadata, truncated, embedded, null);
    }

    public static Extraction failure(String reason) {
        return new Extraction(false, "", Map.of(), false, 0, reason);
    }

    public Optional<String> metadata(String key) {
        return Optional.ofNullable(metadata.get(key));
    }
}
