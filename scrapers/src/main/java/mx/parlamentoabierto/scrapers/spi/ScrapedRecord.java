package mx.parlamentoabierto.scrapers.spi;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One record as scraped: its kind, the URL it came from (always), when it was retrieved and its fields.
 * Fields are validated by the importer of that kind, not here.
 */
public record ScrapedRecord(RecordKind kind, URI sourceUrl, Instant retrievedAt, Map<String, String> fields) {

    public ScrapedRecord {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sourceUrl, "sourceUrl: every scraped record names where it came from");
        Objects.requireNonNull(retrievedAt, "retrievedAt");
        if (!sourceUrl.isAbsolute()) {
            throw new IllegalArgumentException("sourceUrl must be absolute: " + sourceUrl);
        }
        fields = Map.copyOf(fields);
    }
}
