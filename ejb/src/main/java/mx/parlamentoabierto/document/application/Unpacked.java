package mx.parlamentoabierto.document.application;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A container's direct children as temporary files ({@link TextExtractor#unpack}): each entry's name and file, and why
 * the list is incomplete when a limit cut it. The caller {@link #close closes} it, which removes the files.
 */
public record Unpacked(List<Entry> entries, String cut, Path directory) implements AutoCloseable {

    public static final Unpacked NONE = new Unpacked(List.of(), null, null);

    /** One child: its name in the container and where its bytes are. */
    public record Entry(String name, Path file, long size) {
    }

    public Unpacked {
        entries = List.copyOf(entries);
    }

    @Override
    public void close() {
        if (directory == null) {
            return;
        }
        try (Stream<Path> files = Files.list(directory)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(directory);
        } catch (IOException e) {
            // leftover temporary files are harmless
        }
    }
}
