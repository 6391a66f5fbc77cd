package mx.parlamentoabierto.scrapers.spi;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * One page to read: its bytes exactly as saved or served, a name to report it by (the file name), the address it
 * was fetched from when known, and when it was retrieved.
 */
public record Page(String name, byte[] content, URI sourceUrl, Instant retrievedAt) {

    public Page {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(retrievedAt, "retrievedAt");
        if (sourceUrl != null && !sourceUrl.isAbsolute()) {
            throw new IllegalArgumentException("sourceUrl must be absolute: " + sourceUrl);
        }
    }
}
