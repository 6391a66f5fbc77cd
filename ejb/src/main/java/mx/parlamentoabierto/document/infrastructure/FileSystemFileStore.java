package mx.parlamentoabierto.document.infrastructure;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

import mx.parlamentoabierto.document.application.FileStore;
import mx.parlamentoabierto.document.application.UploadRejectedException;
import mx.parlamentoabierto.document.domain.StoredFile;

/**
 * Files under {@code <root>/<first two hex>/<next two hex>/<sha256>}. The content is hashed while it is
 * written, capped at a maximum size, and recognised by its magic bytes (Tika's MIME database; no parsing):
 * an executable renamed {@code .pdf} is refused, and so is a "PDF" that is not one.
 */
public class FileSystemFileStore implements FileStore {

    /** Detected types accepted as documents (families of the formats in docs/archive.md). */
    private static final Set<String> ACCEPTED = Set.of("application/pdf", "application/msword", "application/vnd.ms-excel",
            "application/x-tika-msoffice", "application/x-tika-ooxml", "application/x-tika-ooxml-protected", "application/zip",
            "application/rtf", "application/xml", "application/json", "application/epub+zip", "message/rfc822", "application/mbox",
            "application/x-7z-compressed", "application/x-rar-compressed", "application/vnd.rar", "image/jpeg", "image/png", "image/tiff",
            "image/bmp", "image/gif");
    private static final List<String> ACCEPTED_PREFIXES = List.of("text/", "application/vnd.openxmlformats-officedocument.",
            "application/vnd.oasis.opendocument.", "application/vnd.ms-");
    /** Every {@code application/…+xml} (RDF/XML, XHTML, XLIFF, Atom…) is XML the extraction reads. */
    private static final String XML_SUFFIX = "+xml";
    static final String ACCEPTED_WORDS = "PDF; Word, Excel y PowerPoint (DOC, DOCX, XLS, XLSX, PPT, PPTX); OpenDocument (ODT, ODS, ODP); RTF; EPUB; "
            + "HTML; XML (también RDF/XML y otros tipos XML); JSON; texto (TXT, CSV…); correo (EML, MBOX); imágenes escaneadas (JPEG, PNG, TIFF, "
            + "BMP, GIF); archivos comprimidos (ZIP, 7Z, RAR)";
    /** What a file name's extension promises, and the detected families that keep the promise. */
    private static final Map<String, List<String>> EXTENSION_PROMISES = Map.ofEntries(
            Map.entry("pdf", List.of("application/pdf")),
            Map.entry("doc", List.of("application/x-tika-msoffice", "application/msword", "application/x-tika-ooxml-protected")),
            Map.entry("xls", List.of("application/x-tika-msoffice", "application/vnd.ms-excel", "application/x-tika-ooxml-protected")),
            // encrypted OOXML files are OLE2 containers
            Map.entry("docx", List.of("application/zip", "application/x-tika-ooxml", "application/vnd.openxmlformats", "application/x-tika-msoffice")),
            Map.entry("xlsx", List.of("application/zip", "application/x-tika-ooxml", "application/vnd.openxmlformats", "application/x-tika-msoffice")),
            Map.entry("odt", List.of("application/zip", "application/vnd.oasis.opendocument")),
            Map.entry("ods", List.of("application/zip", "application/vnd.oasis.opendocument")),
            Map.entry("rtf", List.of("application/rtf", "text/rtf")),
            Map.entry("jpg", List.of("image/jpeg")),
            Map.entry("jpeg", List.of("image/jpeg")),
            Map.entry("png", List.of("image/png")),
            Map.entry("tif", List.of("image/tiff")),
            Map.entry("tiff", List.of("image/tiff")),
            Map.entry("epub", List.of("application/epub+zip", "application/zip")),
            Map.entry("7z", List.of("application/x-7z-compressed")),
            Map.entry("rar", List.of("application/x-rar-compressed", "application/vnd.rar")));

    private final Path root;
    private final long maxBytes;
    private final MimeTypes mimeTypes = MimeTypes.getDefaultMimeTypes();

    public FileSystemFileStore(Path root, long maxBytes) {
        this.root = root;
        this.maxBytes = maxBytes;
        try {
            Files.createDirectories(root.resolve("incoming"));
        } catch (IOException e) {
            throw new IllegalStateException("no se pudo crear el almacén de archivos " + root + ": " + e.getMessage(), e);
        }
    }

    @Override
    public StoredFile store(InputStream content, String originalFileName) {
        Path temporary = null;
        try {
            temporary = Files.createTempFile(root.resolve("incoming"), "upload-", ".part");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long size = 0;
            byte[] head = new byte[8192];
            int headLength = 0;
            try (InputStream in = new BufferedInputStream(content);
                 OutputStream out = new DigestOutputStream(Files.newOutputStream(temporary), sha)) {
                byte[] buffer = new byte[65536];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    size += n;
                    if (size > maxBytes) {
                        throw new UploadRejectedException("el archivo supera el tamaño máximo de " + (maxBytes / (1024 * 1024)) + " MB", true);
                    }
                    if (headLength < head.length) {
                        int copy = Math.min(n, head.length - headLength);
                        System.arraycopy(buffer, 0, head, headLength, copy);
                        headLength += copy;
                    }
                    out.write(buffer, 0, n);
                }
            }
            if (size == 0) {
                throw new UploadRejectedException("el archivo está vacío", false);
            }
            String mediaType = detect(head, headLength, originalFileName);
            String digest = HexFormat.of().formatHex(sha.digest());
            Path target = path(digest);
            Files.createDirectories(target.getParent());
            if (Files.exists(target)) {
                Files.delete(temporary);
            } else {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            }
            temporary = null;
            return new StoredFile(digest, size, mediaType, target);
        } catch (IOException e) {
            throw new IllegalStateException("no se pudo guardar el archivo: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // a leftover .part file in incoming/ is removed at the next start
                }
            }
        }
    }

    /**
     * Recognises the content by its first bytes and checks it against the accepted formats and the file name.
     * The magic bytes are matched once (the costly part of detection: about a thousand patterns); the name
     * only refines that result when it names a specialisation of it (text/plain → text/csv), as Tika's own
     * detector does with a name hint.
     */
    String detect(byte[] head, int length, String fileName) throws IOException {
        MediaType byContent;
        try (InputStream in = new java.io.ByteArrayInputStream(head, 0, length)) {
            byContent = mimeTypes.detect(in, new Metadata());
        }
        MediaType byName = fileName == null ? MediaType.OCTET_STREAM : mimeTypes.getMimeType(fileName).getType();
        MediaTypeRegistry registry = mimeTypes.getMediaTypeRegistry();
        MediaType byBoth = byName.equals(byContent) || registry.isSpecializationOf(byName, byContent) ? byName : byContent;
        String content = byContent.getBaseType().toString();
        String type = byBoth.getBaseType().toString();
        String extension = extension(fileName);
        if ((extension.equals("txt") || extension.equals("csv") || extension.equals("tsv")) && !content.startsWith("text/") && isText(head, length)) {
            // a .txt whose first line looks like a script or a known text format is still the text it says it is
            return extension.equals("txt") ? "text/plain" : "text/" + (extension.equals("csv") ? "csv" : "tab-separated-values");
        }
        List<String> promise = EXTENSION_PROMISES.get(extension);
        if (promise != null && promise.stream().noneMatch(content::startsWith)) {
            throw new UploadRejectedException("el nombre dice ." + extension + " pero el contenido es " + content, false);
        }
        if (!accepted(type) && !accepted(content)) {
            throw new UploadRejectedException("formato no admitido: " + content + " (se admiten " + ACCEPTED_WORDS + ")", false);
        }
        return accepted(type) ? type : content;
    }

    private static boolean accepted(String type) {
        return ACCEPTED.contains(type) || ACCEPTED_PREFIXES.stream().anyMatch(type::startsWith)
                || type.startsWith("application/") && type.endsWith(XML_SUFFIX);
    }

    /** No NUL byte and valid UTF-8 (or a single-byte text encoding) in the first bytes: text, whatever it looks like. */
    static boolean isText(byte[] head, int length) {
        for (int i = 0; i < length; i++) {
            if (head[i] == 0) {
                return false;
            }
        }
        return true;
    }

    private static String extension(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    @Override
    public Path path(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }
}
