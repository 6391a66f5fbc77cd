package mx.parlamentoabierto.document.application;

import java.nio.file.Path;

/**
 * Extracts text and metadata from a stored file. Implementations never throw for a bad file: a damaged,
 * encrypted, hostile or too slow file yields {@link Extraction#failure} with the reason.
 */
public interface TextExtractor extends AutoCloseable {

    Extraction extract(Path file);

    /** A container's own text, without its children's (which were unpacked as documents of their own). */
    default Extraction extractOwnText(Path file) {
        return extract(file);
    }

    /**
     * The direct children of a container (ZIP, 7z, RAR, mbox, e-mail) as temporary files, under the extraction's limits
     * (entries, bytes, time); a file that cannot be unpacked gives {@link Unpacked#NONE} with the reason in {@code cut}.
     */
    default Unpacked unpack(Path file) {
        return Unpacked.NONE;
    }

    @Override
    void close();
}
