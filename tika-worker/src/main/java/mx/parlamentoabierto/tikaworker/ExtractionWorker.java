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

/**
 * Protocol (UTF-8, tab-separated, one line each way):
 * <pre>
 *   → EXTRACT id /path/to/input /path/to/output-dir
 *   ← OK id characters truncated(true|false) embedded-documents
 *   ← FAIL id reason
 * </pre>
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

    ExtractionWorker(Map<String, String> options) throws Exception {
        this.writeLimit = Integer.parseInt(options.getOrDefault("write-limit", "5000000"));
        this.maxEmbedded = Integer.parseInt(options.getOrDefault("max-embedded", "100"));
        this.maxDepth = Integer.parseInt(options.getOrDefault("max-depth", "5"));
        this.pdfMaxMemory = Long.parseLong(options.getOrDefault("pdf-max-memory", String.valueOf(256L * 1024 * 1024)));
        this.parser = new AutoDetectParser(TikaConfig.getDefaultConfig());
        AutoDetectParserConfig config = new AutoDetectParserConfig();
        config.setMaximumCompressionRatio(Long.parseLong(options.getOrDefault("max-compression-ratio", "100")));
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
        protocol.println("READY");
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = in.readLine()) != null; ) {
            String[] parts = line.split("\t", -1);
            if (parts.length != 4 || !"EXTRACT".equals(parts[0])) {
                protocol.println("FAIL\t?\tpetición mal formada");
                continue;
            }
            protocol.println(worker.extract(parts[1], Path.of(parts[2]), Path.of(parts[3])));
        }
    }

    String extract(String id, Path input, Path outputDir) {
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
                return "OK\t" + id + "\t" + akn.text().length() + "\t" + akn.truncated() + "\t0";
            } catch (Exception | StackOverflowError e) {
                // not well-formed Akoma Ntoso after all: Tika's XML parser gets its chance below
            }
        }
        try {
            Metadata metadata = new Metadata();
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, input.getFileName().toString());
            ParseContext context = new ParseContext();
            PDFParserConfig pdf = new PDFParserConfig();
            pdf.setMaxMainMemoryBytes(pdfMaxMemory);
            pdf.setExtractInlineImages(false);
            context.set(PDFParserConfig.class, pdf);
            RecursiveParserWrapperHandler handler = new RecursiveParserWrapperHandler(
                    new BasicContentHandlerFactory(BasicContentHandlerFactory.HANDLER_TYPE.TEXT, writeLimit, false, context), maxEmbedded);
            RecursiveParserWrapper wrapper = new RecursiveParserWrapper(parser);
            try (TikaInputStream stream = TikaInputStream.get(input, metadata)) {
                wrapper.parse(stream, handler, metadata, context);
            }
            List<Metadata> documents = handler.getMetadataList();
            Metadata container = documents.get(0);
            String failure = container.get(TikaCoreProperties.CONTAINER_EXCEPTION);
            if (failure != null) {
                return fail(id, reason(failure));
            }
            Files.createDirectories(outputDir);
            int written = 0;
            boolean truncated = false;
            try (Writer text = Files.newBufferedWriter(outputDir.resolve("text.txt"), StandardCharsets.UTF_8)) {
                for (Metadata document : documents) {
                    String depth = document.get(TikaCoreProperties.EMBEDDED_DEPTH);
                    if (depth != null && Integer.parseInt(depth) > maxDepth) {
                        truncated = true;
                        continue;
                    }
                    String content = document.get(TikaCoreProperties.TIKA_CONTENT);
                    if (content == null || content.isBlank()) {
                        continue;
                    }
                    String part = content.strip();
                    if (written + part.length() + 2 > writeLimit) {
                        part = part.substring(0, Math.max(0, writeLimit - written - 2));
                        truncated = true;
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
            if ("true".equals(container.get(TikaCoreProperties.WRITE_LIMIT_REACHED))) {
                truncated = true;
            }
            writeMetadata(container, documents.size() - 1, outputDir.resolve("metadata.properties"));
            return "OK\t" + id + "\t" + written + "\t" + truncated + "\t" + (documents.size() - 1);
        } catch (EncryptedDocumentException e) {
            return fail(id, "documento cifrado o protegido con contraseña");
        } catch (Exception | StackOverflowError e) {
            return fail(id, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static void writeMetadata(Metadata container, int embedded, Path file) throws java.io.IOException {
        Properties properties = new Properties();
        put(properties, "title", container.get(TikaCoreProperties.TITLE));
        put(properties, "author", container.get(TikaCoreProperties.CREATOR));
        put(properties, "created", container.get(TikaCoreProperties.CREATED));
        put(properties, "modified", container.get(TikaCoreProperties.MODIFIED));
        put(properties, "language", container.get(TikaCoreProperties.LANGUAGE));
        put(properties, "contentType", container.get(Metadata.CONTENT_TYPE));
        put(properties, "pageCount", container.get("xmpTPg:NPages"));
        properties.setProperty("embeddedDocuments", String.valueOf(embedded));
        for (String name : container.names()) {
            if (name.startsWith("akn:")) {
                put(properties, name, String.join("\u001f", container.getValues(name)));
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

    private static String reason(String stackTrace) {
        String first = stackTrace.lines().findFirst().orElse(stackTrace);
        if (first.contains("EncryptedDocumentException")) {
            return "documento cifrado o protegido con contraseña";
        }
        return first;
    }

    private static String fail(String id, String reason) {
        String clean = reason == null ? "error desconocido" : reason.replaceAll("[\\t\\r\\n]+", " ");
        return "FAIL\t" + id + "\t" + (clean.length() > 500 ? clean.substring(0, 500) : clean);
    }
}
