package mx.parlamentoabierto.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import mx.parlamentoabierto.bootstrap.ConfigurationFiles;
import mx.parlamentoabierto.document.application.Extraction;
import mx.parlamentoabierto.document.domain.DocumentType;
import mx.parlamentoabierto.document.infrastructure.TikaWorkerExtractor;
import mx.parlamentoabierto.document.infrastructure.TikaWorkerSettings;
import mx.parlamentoabierto.legislature.domain.Legislature;
import mx.parlamentoabierto.search.application.DocumentIndex;
import mx.parlamentoabierto.search.domain.BulkOutcome;
import mx.parlamentoabierto.search.domain.DocumentQuery;
import mx.parlamentoabierto.search.domain.IndexedDocument;
import mx.parlamentoabierto.search.infrastructure.ElasticsearchDocumentIndex;
import mx.parlamentoabierto.search.infrastructure.ElasticsearchSearchIndex;
import mx.parlamentoabierto.search.infrastructure.IndexDefinition;

/**
 * Fills the documents index of a benchmark node with synthetic documents made of paragraphs extracted (with
 * the real Tika worker) from the corpora, deterministically (seed 42): 3–12 paragraphs each, a legislature,
 * type and date 2000–2025 per document. Then writes the benchmark queries twice: as API paths and as the
 * very request bodies the portal sends to Elasticsearch for them.
 *
 * <p>Arguments: esUrl indexPrefix tikaClasspath configDir corpusDir count outDir.
 */
public final class SearchCorpusGenerator {

    static final List<String> QUERIES = List.of("sesión", "presupuesto", "comisión", "dictamen", "ley", "transparencia",
            "diputados", "gobierno", "informe", "\"Apache Tika\"", "propiedad intelectual", "senado", "elección", "reforma",
            "artículo", "derechos", "presidente", "consejo", "decreto", "document");

    private SearchCorpusGenerator() {
    }

    public static void main(String[] args) throws Exception {
        String esUrl = args[0];
        String prefix = args[1];
        Path config = Path.of(args[3]);
        Path corpus = Path.of(args[4]);
        int count = Integer.parseInt(args[5]);
        Path out = Path.of(args[6]);
        Files.createDirectories(out.resolve("es"));

        List<String> paragraphs = new ArrayList<>();
        try (TikaWorkerExtractor extractor = new TikaWorkerExtractor(TikaWorkerSettings.defaults(args[2]), out.resolve("tika"));
             Stream<Path> walk = Files.walk(corpus)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                Extraction e = extractor.extract(file);
                if (e.succeeded()) {
                    for (String p : e.text().split("\\n\\s*\\n|\\n")) {
                        String clean = p.strip();
                        if (clean.length() >= 60) {
                            paragraphs.add(clean.length() > 1500 ? clean.substring(0, 1500) : clean);
                        }
                    }
                }
            }
        }
        List<String> legislatures = ConfigurationFiles.read(config).legislatures().stream().map(Legislature::id).toList();
        DocumentType[] types = DocumentType.values();
        Random random = new Random(42);
        System.out.printf("párrafos de los corpus: %d; generando %d documentos…%n", paragraphs.size(), count);
        try (ElasticsearchSearchIndex base = new ElasticsearchSearchIndex(esUrl, prefix, IndexDefinition.readDirectory(config.resolve("elasticsearch")))) {
            base.ensureIndices();
            base.activateIndices();
            ElasticsearchDocumentIndex index = new ElasticsearchDocumentIndex(base);
            long start = System.nanoTime();
            List<DocumentIndex.Item> batch = new ArrayList<>();
            long failed = 0;
            for (int n = 1; n <= count; n++) {
                StringBuilder text = new StringBuilder();
                int size = 3 + random.nextInt(10);
                for (int i = 0; i < size; i++) {
                    text.append(paragraphs.get(random.nextInt(paragraphs.size()))).append("\n\n");
                }
                String first = text.substring(0, Math.min(80, text.indexOf("\n")));
                LocalDate date = LocalDate.of(2000 + random.nextInt(26), 1 + random.nextInt(12), 1 + random.nextInt(28));
                batch.add(new DocumentIndex.Item(n, new IndexedDocument(1_000_000L + n, legislatures.get(random.nextInt(legislatures.size())),
                        null, types[random.nextInt(types.length)].code(), date, first, "G-" + n, null, "sintetico-" + n + ".txt",
                        "text/plain", 1, true, text.toString())));
                if (batch.size() == 2000 || n == count) {
                    BulkOutcome outcome = index.index(batch);
                    failed += outcome.rejected().size() + outcome.retryLater().size();
                    batch.clear();
                    System.out.printf("\r%d/%d", n, count);
                }
            }
            index.refresh();
            // Neither measurement should run during the background merges that follow a bulk load of this size.
            long mergeStart = System.nanoTime();
            HttpResponse<String> merged = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(esUrl + "/" + index.alias() + "/_forcemerge?max_num_segments=1")).POST(HttpRequest.BodyPublishers.noBody())
                    .timeout(Duration.ofMinutes(10)).build(), HttpResponse.BodyHandlers.ofString());
            System.out.printf("%nsegmentos fusionados en %.1f s (HTTP %d)", (System.nanoTime() - mergeStart) / 1e9, merged.statusCode());
            System.out.printf("%nindexados %d documentos en %.1f s (%d fallidos); en el índice: %d%n", count, (System.nanoTime() - start) / 1e9,
                    failed, index.count());
            List<String> paths = new ArrayList<>();
            for (int i = 0; i < QUERIES.size(); i++) {
                String q = QUERIES.get(i);
                DocumentQuery query = new DocumentQuery(q, Set.of(), Set.of(), Optional.empty(), Optional.empty(), false, 1, 20);
                paths.add("/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&size=20");
                Files.writeString(out.resolve("es").resolve(i + ".json"), index.json(index.searchRequest(query)));
            }
            Files.write(out.resolve("api-paths.txt"), paths);
            Files.writeString(out.resolve("es-index.txt"), index.alias());
        }
    }
}
