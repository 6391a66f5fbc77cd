package mx.parlamentoabierto.tikaworker;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserConfig;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.RecursiveParserWrapper;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BasicContentHandlerFactory;
import org.apache.tika.sax.RecursiveParserWrapperHandler;

import mx.parlamentoabierto.tikaprotocol.WorkerAnswer;
import mx.parlamentoabierto.tikaprotocol.WorkerRequest;

/**
 * Protocol (UTF-8, tab-separated, one line each way):
 * <pre>
 *   → EXTRACT id /path/to/input /path/to/output-dir
 *   ← OK id characters truncated(true|false) embedded-documents
 *   ← FAIL id reason
 *   → SHALLOW id /path/to/input /path/to/output-dir     (as EXTRACT, without the embedded documents' text)
 *   → UNPACK id /path/to/input /path/to/output-dir      (a container's direct children as files: {@link Unpacker})
 *   ← OK id entries truncated(true|false) 0
 *   → CELLS id /path/to/input /path/to/output-dir
 *   ← OK id cells truncated(true|false) sheets
 * </pre>
 * Scanned pages and images are read by Tesseract ({@link OcrSettings}); the metadata then says which pages
 * ({@code ocr.pages}) and the engine's mean word confidence ({@code ocr.confidence}).
 * {@code CELLS} writes a spreadsheet's cells to {@code cells.tsv} ({@link SpreadsheetCells}), at most
 * {@code --max-cells} of them.
 * On OK the output directory holds {@code text.txt} (the container's and embedded documents' text, at most
 * the write limit) and {@code metadata.properties}. Limits come from the command line:
 * {@code --write-limit} characters, {@code --max-embedded} documents, {@code --max-depth} embedding levels,
 * {@code --max-compression-ratio} (zip bombs), {@code --pdf-max-memory} bytes. Run with
 * {@code -XX:+ExitOnOutOfMemoryError}: an exhausted heap ends the process, and the portal restarts it.
 */
public final class ExtractionWorker {

    private final int writeLimit;
    private final int maxEmbedded;
    private final int maxDepth;
    private final AutoDetectParser parser;
    private final long pdfMaxMemory;
    private final long maxCompressionRatio;
    private final long maxCells;
    private final OcrSettings ocr;
    /** Text a file may always yield, whatever its size (the ratio guard applies beyond it). */
    static final long RATIO_FREE_CHARACTERS = 1_000_000;

    ExtractionWorker(Map<String, String> options) throws Exception {
        this.writeLimit = Integer.parseInt(options.getOrDefault("write-limit", "5000000"));
        this.maxEmbedded = Integer.parseInt(options.getOrDefault("max-embedded", "100"));
        this.maxDepth = Integer.parseInt(options.getOrDefault("max-depth", "5"));
        this.pdfMaxMemory = Long.parseLong(options.getOrDefault("pdf-max-memory", String.valueOf(256L * 1024 * 1024)));
        this.parser = new AutoDetectParser(TikaConfig.getDefaultConfig());
        AutoDetectParserConfig config = new AutoDetectParserConfig();
        this.maxCompressionRatio = Long.parseLong(options.getOrDefault("max-compression-ratio", "100"));
        this.maxCells = Long.parseLong(options.getOrDefault("max-cells", "2000000"));
        this.ocr = OcrSettings.from(options);
        config.setMaximumCompressionRatio(maxCompressionRatio);
        config.setOutputThreshold(1_000_000L);
        config.setMaximumDepth(maxDepth * 20 + 100);
        config.setMaximumPackageEntryDepth(maxDepth);
        parser.setAutoDetectParserConfig(config);
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        // Answers go to the real stdout; anything parsers print goes to stderr so it cannot break the protocol.
        PrintStream protocol = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(System.err);
        ExtractionWorker worker = new ExtractionWorker(options);
        protocol.println(new WorkerAnswer.Ready().line());
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = in.readLine()) != null; ) {
            WorkerRequest request = WorkerRequest.parse(line).orElse(null);
            if (request == null) {
                protocol.println(WorkerAnswer.malformed().line());
                continue;
            }
            String id = request.id();
            protocol.println(switch (request.command()) {
                case EXTRACT -> worker.extract(id, request.input(), request.output());
                case SHALLOW -> worker.extract(id, request.input(), request.output(), true);
                case UNPACK -> Unpacker.unpack(worker.parser, id, request.input(), request.output(), worker.maxEmbedded,
                        Math.max(RATIO_FREE_CHARACTERS * 10, Files.size(request.input()) * worker.maxCompressionRatio));
                case CELLS -> SpreadsheetCells.write(id, request.input(), request.output(), worker.maxCells);
            });
        }
    }

    String extract(String id, Path input, Path outputDir) {
        return extract(id, input, outputDir, false);
    }

    /** An embedded document extractor that takes nothing: the container's own text only ({@code SHALLOW}). */
    private static final org.apache.tika.extractor.EmbeddedDocumentExtractor NO_EMBEDDED = new org.apache.tika.extractor.EmbeddedDocumentExtractor() {
        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return false;
        }

        @Override
        public void parseEmbedded(java.io.InputStream stream, org.xml.sax.ContentHandler handler, Metadata metadata, boolean outputHtml) {
            // not parsed: the portal unpacked these as documents of their own
        }
    };

    /** @param shallow the container's own text only: its children were unpacked as documents of their own */
    String extract(String id, Path input, Path outputDir, boolean shallow) {
        if (AkomaNtosoReader.looksLikeAkomaNtoso(input)) {
            try {
                AkomaNtosoReader.Result akn = AkomaNtosoReader.read(input, writeLimit);
                Files.createDirectories(outputDir);
                Files.writeString(outputDir.resolve("text.txt"), akn.text(), StandardCharsets.UTF_8);
                Properties properties = new Properties();
                akn.metadata().forEach(properties::setProperty);
                properties.setProperty("embeddedDocuments", "0");
                try (OutputStream out = Files.newOutputStream(outputDir.resolve("metadata.properties"))) {
                    properties.store(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), "Akoma Ntoso");
                }
                return new WorkerAnswer.Ok(id, akn.text().length(), akn.truncated(), 0).line();
            } catch (Exception | StackOverflowError e) {
                // not well-formed Akoma Ntoso after all: Tika's XML parser gets its chance below
            }
        }
        try {
            Metadata metadata = new Metadata();
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, input.getFileName().toString());
            if (MarkupInText.looksLikeHtml(input)) {
                // a page saved as .txt with a few lines of its own above the site's HTML (a researcher's harvest of the
                // SITL): read as HTML, so its text is the page's words and not its markup
                metadata.set(Metadata.CONTENT_TYPE, "text/html");
                metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, input.getFileName().toString().replaceAll("(?i)\\.txt$", "") + ".html");
            }
            ParseContext context = new ParseContext();
            PDFParserConfig pdf = new PDFParserConfig();
            pdf.setMaxMainMemoryBytes(pdfMaxMemory);
            pdf.setExtractInlineImages(false);
            OcrTracking tracking = new OcrTracking(ocr.configure(context, pdf), ocr.maxPages, ocr.documentSeconds);
            context.set(PDFParserConfig.class, pdf);
            if (shallow) {
                context.set(org.apache.tika.extractor.EmbeddedDocumentExtractor.class, NO_EMBEDDED);
            }
            RecursiveParserWrapperHandler handler = new RecursiveParserWrapperHandler(tracking.around(
                    new BasicContentHandlerFactory(BasicContentHandlerFactory.HANDLER_TYPE.TEXT, writeLimit, false, context)), maxEmbedded);
            RecursiveParserWrapper wrapper = new RecursiveParserWrapper(parser);
            try (TikaInputStream stream = TikaInputStream.get(input, metadata)) {
                wrapper.parse(stream, handler, metadata, context);
            }
            List<Metadata> documents = handler.getMetadataList();
            Metadata container = documents.get(0);
            String failure = container.get(TikaCoreProperties.CONTAINER_EXCEPTION);
            if (failure != null) {
                System.err.println("petición " + id + " (" + input.getFileName() + "): " + failure.lines().findFirst().orElse(failure));
                return fail(id, reason(failure));
            }
            java.util.Set<String> cuts = new java.util.LinkedHashSet<>();
            int unreadable = 0;
            for (Metadata document : documents.subList(1, documents.size())) {
                String embedded = document.get(TikaCoreProperties.EMBEDDED_EXCEPTION);
                if (embedded != null) {
                    if (embedded.contains("Zip bomb") || embedded.contains("ZipBomb")) {
                        cuts.add("un archivo comprimido dentro se expandía demasiado (posible bomba de descompresión) y se omitió");
                    } else {
                        unreadable++;
                    }
                }
            }
            if (unreadable > 0) {
                cuts.add(unreadable == 1 ? "un documento incrustado no se pudo leer y se omitió"
                        : unreadable + " documentos incrustados no se pudieron leer y se omitieron");
            }
            if (tracking.stoppedBecause != null) {
                cuts.add(tracking.stoppedBecause);
            }
            if (!ocr.available && needsOcr(container)) {
                cuts.add("hay páginas escaneadas que no se leyeron: " + ocr.unavailableReason);
            }
            if (handler.hasHitMaximumEmbeddedResources()) {
                cuts.add("se leyeron solo los primeros " + maxEmbedded + " documentos incrustados");
            }
            Files.createDirectories(outputDir);
            int written = 0;
            boolean truncated = false;
            // A zip bomb whose entries Tika reads one by one passes its per-stream ratio check: the text kept is also
            // bounded by the ratio to the file's own size.
            long ratioCap = Math.max(RATIO_FREE_CHARACTERS, Files.size(input) * maxCompressionRatio);
            int limit = (int) Math.min(writeLimit, ratioCap);
            try (Writer text = Files.newBufferedWriter(outputDir.resolve("text.txt"), StandardCharsets.UTF_8)) {
                for (Metadata document : documents) {
                    String depth = document.get(TikaCoreProperties.EMBEDDED_DEPTH);
                    if (depth != null && Integer.parseInt(depth) > maxDepth) {
                        truncated = true;
                        cuts.add("se omitieron documentos incrustados a más de " + maxDepth + " niveles");
                        continue;
                    }
                    String content = document.get(TikaCoreProperties.TIKA_CONTENT);
                    if (content == null || content.isBlank()) {
                        continue;
                    }
                    String part = content.strip();
                    if (written + part.length() + 2 > limit) {
                        part = part.substring(0, Math.max(0, limit - written - 2));
                        truncated = true;
                        cuts.add(limit < writeLimit
                                ? "el texto pasaba de " + maxCompressionRatio + " veces el tamaño del archivo (posible bomba de descompresión); se conservaron "
                                        + limit + " caracteres"
                                : "el texto se cortó en el límite de " + writeLimit + " caracteres");
                    }
                    if (written > 0) {
                        text.write("\n\n");
                        written += 2;
                    }
                    text.write(part);
                    written += part.length();
                    if (truncated) {
                        break;
                    }
                }
            }
            if ("true".equals(container.get(TikaCoreProperties.WRITE_LIMIT_REACHED)) && cuts.isEmpty()) {
                truncated = true;
                cuts.add("el texto se cortó en el límite de " + writeLimit + " caracteres");
            }
            truncated |= !cuts.isEmpty();
            writeMetadata(container, documents.size() - 1, outputDir.resolve("metadata.properties"), String.join("; ", cuts), tracking);
            return new WorkerAnswer.Ok(id, written, truncated, documents.size() - 1).line();
        } catch (EncryptedDocumentException e) {
            return fail(id, "documento cifrado o protegido con contraseña");
        } catch (StackOverflowError e) {
            System.err.println("petición " + id + " (" + input.getFileName() + "): " + e);
            return fail(id, "el archivo tiene una estructura demasiado anidada para leerlo");
        } catch (Exception e) {
            // the technical detail stays in the worker's log; the document gets a reason people can read
            String chain = chain(e);
            System.err.println("petición " + id + " (" + input.getFileName() + "): " + chain);
            return fail(id, reason(chain));
        }
    }

    /** An image, or a PDF with a page that has no text layer: what only OCR can read. */
    static boolean needsOcr(Metadata container) {
        String type = container.get(Metadata.CONTENT_TYPE);
        if (type != null && type.startsWith("image/")) {
            return true;
        }
        String[] charsPerPage = container.getValues("pdf:charsPerPage");
        for (String chars : charsPerPage) {
            if ("0".equals(chars.strip())) {
                return true;
            }
        }
        return false;
    }

    private static void writeMetadata(Metadata container, int embedded, Path file, String truncation, OcrTracking ocr) throws java.io.IOException {
        Properties properties = new Properties();
        if (ocr.used()) {
            put(properties, "ocr.pages", ocr.pageList());
            properties.setProperty("ocr.embeddedPages", String.valueOf(ocr.embeddedPages));
            properties.setProperty("ocr.words", String.valueOf(ocr.words));
            if (ocr.confidence() >= 0) {
                properties.setProperty("ocr.confidence", String.format(java.util.Locale.ROOT, "%.1f", ocr.confidence()));
            }
        }
        put(properties, "truncation", truncation);
        put(properties, "title", container.get(TikaCoreProperties.TITLE));
        put(properties, "author", container.get(TikaCoreProperties.CREATOR));
        put(properties, "created", container.get(TikaCoreProperties.CREATED));
        put(properties, "modified", container.get(TikaCoreProperties.MODIFIED));
        put(properties, "language", container.get(TikaCoreProperties.LANGUAGE));
        // Tika names the types its OCR parser takes "image/ocr-png": the file is a PNG
        put(properties, "contentType", container.get(Metadata.CONTENT_TYPE) == null ? null : container.get(Metadata.CONTENT_TYPE).replace("/ocr-", "/"));
        put(properties, "pageCount", container.get("xmpTPg:NPages"));
        properties.setProperty("embeddedDocuments", String.valueOf(embedded));
        for (String name : container.names()) {
            if (name.startsWith("akn:")) {
                put(properties, name, WorkerAnswer.joinValues(java.util.Arrays.asList(container.getValues(name))));
            }
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            properties.store(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), "Tika metadata");
        }
    }

    private static void put(Properties properties, String key, String value) {
        if (value != null && !value.isBlank()) {
            properties.setProperty(key, value.strip());
        }
    }

    /**
     * The exception and its causes on one line: Tika wraps what a parser or its own guards threw (a zip bomb found by
     * its content handler arrives as "TIKA-237: Illegal SAXException", the bomb named only in a cause).
     */
    static String chain(Throwable e) {
        StringBuilder out = new StringBuilder();
        for (Throwable t = e; t != null && out.length() < 2_000; t = t.getCause() == t ? null : t.getCause()) {
            if (out.length() > 0) {
                out.append(" ← ");
            }
            out.append(t.getClass().getName()).append(": ").append(t.getMessage());
        }
        return out.toString().replaceAll("[\\r\\n]+", " ");
    }

    /**
     * A failure as the document's public reason, in plain Spanish: never a class name or a parser's message (those
     * go to the worker's log, with the request id).
     */
    static String reason(String failure) {
        String first = failure.lines().findFirst().orElse(failure);
        String lower = first.toLowerCase(java.util.Locale.ROOT);
        if (first.contains("EncryptedDocumentException") || lower.contains("password") || lower.contains("encrypt")) {
            return "documento cifrado o protegido con contraseña";
        }
        if (lower.contains("zip bomb") || lower.contains("zipbomb")) {
            return "el archivo comprimido se expande demasiado (posible bomba de descompresión)";
        }
        if (first.contains("ZeroByteFileException")) {
            return "el archivo está vacío";
        }
        if (lower.contains("unsupported") || lower.contains("no parser")) {
            return "el formato del archivo no se puede leer";
        }
        if (first.contains("EOFException") || lower.contains("truncated") || lower.contains("unexpected end") || lower.contains("premature")) {
            return "el archivo está incompleto o cortado";
        }
        return "el archivo está dañado o su formato no se pudo leer";
    }

    private static String fail(String id, String reason) {
        return new WorkerAnswer.Fail(id, reason).line();
    }
}
