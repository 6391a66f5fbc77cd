package mx.parlamentoabierto.document.application;

import java.io.InputStream;
import java.nio.file.Path;

import mx.parlamentoabierto.document.domain.StoredFile;

/** Keeps the original bytes of every document, addressed by their SHA-256. */
public interface FileStore {

    /**
     * Streams the content to the store, checking its size and what it really is.
     *
     * @throws UploadRejectedException too large, empty, or not a supported document format (by content)
     */
    StoredFile store(InputStream content, String originalFileName);

    Path path(String sha256);
}
