package mx.parlamentoabierto.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Bytes received in a request handed to a reader that takes a file (the Tika workers, the spreadsheet reader): written
 * to a temporary file, read, and the file deleted whatever happens.
 */
public final class TemporaryFile {

    /** What reads the file; may throw the reader's own checked exception. */
    @FunctionalInterface
    public interface Reader<T, E extends Exception> {
        T read(Path file) throws E;
    }

    private TemporaryFile() {
    }

    public static <T, E extends Exception> T read(byte[] content, String prefix, Reader<T, E> reader) throws E {
        Path temp = null;
        try {
            temp = Files.createTempFile(prefix, ".tmp");
            Files.write(temp, content);
            return reader.read(temp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // a leftover temporary file is harmless
                }
            }
        }
    }
}
