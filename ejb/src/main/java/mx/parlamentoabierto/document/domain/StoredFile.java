package mx.parlamentoabierto.document.domain;

import java.nio.file.Path;

/** Bytes kept in the file store: content address (SHA-256), size, detected media type and location. */
public record StoredFile(String sha256, long size, String mediaType, Path path) {
}
