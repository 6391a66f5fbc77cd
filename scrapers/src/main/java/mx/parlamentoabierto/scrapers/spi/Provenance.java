package mx.parlamentoabierto.scrapers.spi;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * Where a record came from: the absolute address of the page it was read from, when that page was retrieved, and
 * the name of the saved page (a file name or the last path segment) the portal archives beside the record.
 */
public record Provenance(URI sourceUrl, Instant retrievedAt, String pageName) {

    public Provenance {
        Objects.requireNonNull(sourceUrl, "sourceUrl: every scraped record names where it came from");
        Objects.requireNonNull(retrievedAt, "retrievedAt");
        if (!sourceUrl.isAbsolute()) {
            throw new IllegalArgumentException("sourceUrl must be absolute: " + sourceUrl);
        }
        pageName = pageName == null || pageName.isBlank() ? sourceUrl.toString() : pageName;
    }
}
