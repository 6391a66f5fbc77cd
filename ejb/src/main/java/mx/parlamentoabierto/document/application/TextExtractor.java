package mx.parlamentoabierto.document.application;

import java.nio.file.Path;

/**
 * Extracts text and metadata from a stored file. Implementations never throw for a bad file: a damaged,
 * encrypted, hostile or too slow file yields {@link Extraction#failure} with the reason.
 */
public interface TextExtractor extends AutoCloseable {

    Extraction extract(Path file);

    @Override
    void close();
}
