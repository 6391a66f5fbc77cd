package mx.parlamentoabierto.tikaworker;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.ContentHandler;

/**
 * The direct children of a container — the entries of a ZIP, 7z or RAR archive, the messages of an mbox, the
 * attachments of an e-mail — written as files for the portal to receive as documents of their own (which are unpacked
 * in turn, one level at a time, up to the portal's depth). {@code entries.tsv}: {@code n  name  bytes}, one line each,
 * the file {@code n} beside it. At most {@code maxEntries} children and {@code maxBytes} in all (the ratio to the
 * container's size that guards against decompression bombs); past either the answer says so and {@code cut.txt} why.
 */
final class Unpacker {

    private Unpacker() {
    }

    /** The protocol answer: {@code OK id entries truncated 0} or {@code FAIL id reason}. */
    static String unpack(AutoDetectParser parser, String id, Path input, Path outputDir, int maxEntries, long maxBytes) {
        try {
            Files.createDirectories(outputDir);
            Writer writer = new Writer(outputDir, maxEntries, maxBytes);
            ParseContext context = new ParseContext();
            context.set(EmbeddedDocumentExtractor.class, writer);
            Metadata metadata = new Metadata();
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, input.getFileName().toString());
            try (TikaInputStream stream = TikaInputStream.get(input, metadata)) {
                parser.parse(stream, new BodyContentHandler(-1), metadata, context);
            } finally {
                writer.close();
            }
            if (writer.cut != null) {
                Files.writeString(outputDir.resolve("cut.txt"), writer.cut, StandardCharsets.UTF_8);
            }
            return new mx.parlamentoabierto.tikaprotocol.WorkerAnswer.Ok(id, writer.entries, writer.cut != null, 0).line();
        } catch (EncryptedDocumentException e) {
            return new mx.parlamentoabierto.tikaprotocol.WorkerAnswer.Fail(id, "archivo comprimido cifrado o protegido con contraseña").line();
        } catch (Exception | StackOverflowError e) {
            String chain = ExtractionWorker.chain(e);
            System.err.println("petición " + id + " (" + input.getFileName() + "): " + chain);
            return new mx.parlamentoabierto.tikaprotocol.WorkerAnswer.Fail(id, ExtractionWorker.reason(chain)).line();
        }
    }

    /** Writes each direct child to a numbered file instead of parsing it. */
    private static final class Writer implements EmbeddedDocumentExtractor {
        private final Path dir;
        private final int maxEntries;
        private final long maxBytes;
        private final BufferedWriter list;
        int entries;
        long bytes;
        String cut;

        Writer(Path dir, int maxEntries, long maxBytes) throws IOException {
            this.dir = dir;
            this.maxEntries = maxEntries;
            this.maxBytes = maxBytes;
            this.list = Files.newBufferedWriter(dir.resolve("entries.tsv"), StandardCharsets.UTF_8);
        }

        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return cut == null;
        }

        @Override
        public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) throws IOException {
            if (cut != null) {
                return;
            }
            if (entries >= maxEntries) {
                cut = "se tomaron solo las primeras " + maxEntries + " entradas";
                return;
            }
            String name = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
            String type = metadata.get(Metadata.CONTENT_TYPE);
            if ((name == null || name.isBlank()) && metadata.get("Content-Disposition") == null && type != null
                    && (type.startsWith("text/plain") || type.startsWith("text/html"))) {
                return; // an e-mail's own body (its text stays the e-mail's), not an attachment
            }
            if ((name == null || name.isBlank()) && "message/rfc822".equals(type) && metadata.get("dc:subject") != null) {
                name = metadata.get("dc:subject").replaceAll("[/\\\\:*?\"<>|]+", " ").strip();
                name = (name.length() > 120 ? name.substring(0, 120) : name) + ".eml";
            }
            if (name == null || name.isBlank()) {
                name = metadata.get(TikaCoreProperties.EMBEDDED_RELATIONSHIP_ID);
            }
            if (name == null || name.isBlank()) {
                name = "entrada-" + (entries + 1) + ("message/rfc822".equals(type) ? ".eml" : "");
            }
            name = name.replaceAll("[\\t\\r\\n\\u0000]+", " ").strip();
            int n = entries + 1;
            long written = 0;
            try (OutputStream out = Files.newOutputStream(dir.resolve(String.valueOf(n)))) {
                byte[] buffer = new byte[65536];
                for (int r; (r = stream.read(buffer)) > 0; ) {
                    written += r;
                    if (bytes + written > maxBytes) {
                        cut = "las entradas se expandían a más de " + (maxBytes / (1024 * 1024)) + " MB (posible bomba de descompresión)";
                        break;
                    }
                    out.write(buffer, 0, r);
                }
            }
            if (cut != null && bytes + written > maxBytes) {
                Files.deleteIfExists(dir.resolve(String.valueOf(n)));
                return;
            }
            if (written == 0) {
                Files.deleteIfExists(dir.resolve(String.valueOf(n)));
                return; // a folder or an empty entry
            }
            bytes += written;
            entries = n;
            list.write(n + "\t" + name + "\t" + written + "\n");
        }

        void close() throws IOException {
            list.close();
        }
    }
}
