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
import java.util.Map;
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
 * the real Tika worker) from the corpora, deterministically (seed 42):
 * <ul>
 *   <li>{@code count} short documents: 3–12 paragraphs each, a legislature, a type (never the two session-record
 *   types below) and a date 2000–2025;</li>
 *   <li>{@code longCount} long session records ("diario-debates"), the size of real Diario de los Debates
 *   (7–162 pages): 50–500 KB of text each, log-uniform, made of consecutive runs of the corpora's paragraphs
 *   (as a real record reads on) from random starting points, with the running head a Diario prints on every
 *   page ("… Sesión ordinaria del … · página n") every ~3,000 characters. One source file is held out of that pool and its
 *   paragraphs added to 1 % of the long records only, so that one of its words is a rare word among them.</li>
 * </ul>
 * Then writes the benchmark queries as API paths and as the very request bodies the portal sends to
 * Elasticsearch for them: the 20 short-corpus queries; for the long corpus a common word ("sesión") and the
 * rare word, each with and without highlighting; and the adversarial queries.
 *
 * <p>Arguments: esUrl indexPrefix tikaClasspath configDir corpusDir count outDir [longCount].
 */
public final class SearchCorpusGenerator {

    static final List<String> QUERIES = List.of("sesión", "presupuesto", "comisión", "dictamen", "ley", "transparencia",
            "diputados", "gobierno", "informe", "\"Apache Tika\"", "propiedad intelectual", "senado", "elección", "reforma",
            "artículo", "derechos", "presidente", "consejo", "decreto", "document");

    /** Expensive queries the portal still admits (the 26-prefix one is refused with a 400 before any work). */
    static final List<String> ADVERSARIAL = List.of("a* b* c* d* e* f* g* h* i* j* k* l* m* n* o* p* q* r* s* t* u* v* w* x* y* z*",
            "con* pre* des*", "de la que el en los del las por un para con una", "\"de la\" | \"en el\" | \"que se\" | \"de los\"", "dip* sen* ses*");

    private SearchCorpusGenerator() {
    }

    public static void main(String[] args) throws Exception {
        String esUrl = args[0];
        String prefix = args[1];
        Path config = Path.of(args[3]);
        Path corpus = Path.of(args[4]);
        int count = Integer.parseInt(args[5]);
        Path out = Path.of(args[6]);
        int longCount = args.length > 7 ? Integer.parseInt(args[7]) : 0;
        Files.createDirectories(out.resolve("es"));

        List<String> paragraphs = new ArrayList<>();
        List<Path> sources = new ArrayList<>();
        try (TikaWorkerExtractor extractor = new TikaWorkerExtractor(TikaWorkerSettings.defaults(args[2]), out.resolve("tika"));
             Stream<Path> walk = Files.walk(corpus)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                Extraction e = extractor.extract(file);
                if (e.succeeded()) {
                    for (String p : e.text().split("\\n\\s*\\n|\\n")) {
                        String clean = p.strip();
                        if (clean.length() >= 60) {
                            paragraphs.add(clean.length() > 1500 ? clean.substring(0, 1500) : clean);
                            sources.add(file);
                        }
                    }
                }
            }
        }
        List<String> legislatures = ConfigurationFiles.read(config).legislatures().stream().map(Legislature::id).toList();
        // the session-record types are the long corpus's: short documents never take them
        DocumentType[] types = java.util.Arrays.stream(DocumentType.values())
                .filter(t -> t != DocumentType.DIARIO_DEBATES && t != DocumentType.VERSION_ESTENOGRAFICA).toArray(DocumentType[]::new);
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
            LongCorpus longCorpus = LongCorpus.of(paragraphs, sources);
            if (longCount > 0) {
                System.out.printf("%ncorpus largo: %d registros de sesión de 50–500 KB; palabra rara «%s» (de %s, en el 1 %% de ellos)%n",
                        longCount, longCorpus.rareWord, longCorpus.heldOut.getFileName());
                long bytes = 0;
                for (int n = 1; n <= longCount; n++) {
                    LocalDate date = LocalDate.of(2000 + random.nextInt(26), 1 + random.nextInt(12), 1 + random.nextInt(28));
                    String legislature = legislatures.get(random.nextInt(legislatures.size()));
                    String text = longCorpus.document(random, n % 100 == 0, legislature, date);
                    bytes += text.length();
                    batch.add(new DocumentIndex.Item(count + n, new IndexedDocument(2_000_000L + n, legislature,
                            null, DocumentType.DIARIO_DEBATES.code(), date, "Diario de los Debates " + date, "DD-" + n, null, "diario-" + n + ".pdf",
                            "application/pdf", 1, true, text)));
                    if (batch.size() == 50 || n == longCount) {
                        BulkOutcome outcome = index.index(batch);
                        failed += outcome.rejected().size() + outcome.retryLater().size();
                        batch.clear();
                        System.out.printf("\r%d/%d (%.0f MB de texto)", n, longCount, bytes / 1e6);
                    }
                }
            }
            index.refresh();
            // Neither measurement should run during the background merges that follow a bulk load of this size.
            long mergeStart = System.nanoTime();
            HttpResponse<String> merged = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(esUrl + "/" + index.alias() + "/_forcemerge?max_num_segments=1")).POST(HttpRequest.BodyPublishers.noBody())
                    .timeout(Duration.ofMinutes(10)).build(), HttpResponse.BodyHandlers.ofString());
            System.out.printf("%nsegmentos fusionados en %.1f s (HTTP %d)", (System.nanoTime() - mergeStart) / 1e9, merged.statusCode());
            System.out.printf("%nindexados %d documentos en %.1f s (%d fallidos); en el índice: %d%n", count + longCount, (System.nanoTime() - start) / 1e9,
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
            // the long corpus: one file of API paths and of bodies per query, with and without highlighting
            Map<String, String> longQueries = new java.util.LinkedHashMap<>();
            longQueries.put("comun", "sesión");
            longQueries.put("rara", longCorpus.rareWord);
            for (Map.Entry<String, String> q : longQueries.entrySet()) {
                DocumentQuery query = new DocumentQuery(q.getValue(), Set.of(), Set.of(DocumentType.DIARIO_DEBATES.code()), Optional.empty(),
                        Optional.empty(), false, 1, 20);
                Files.writeString(out.resolve("long-" + q.getKey() + ".path"), "/api/search?q=" + URLEncoder.encode(q.getValue(), StandardCharsets.UTF_8)
                        + "&type=" + DocumentType.DIARIO_DEBATES.code() + "&size=20\n");
                co.elastic.clients.elasticsearch.core.SearchRequest request = index.searchRequest(query);
                Files.writeString(out.resolve("long-" + q.getKey() + ".json"), index.json(request));
                Files.writeString(out.resolve("long-" + q.getKey() + "-sin-resaltado.json"), index.json(
                        co.elastic.clients.elasticsearch.core.SearchRequest.of(b -> b.index(request.index()).query(request.query())
                                .from(request.from()).size(request.size()).trackTotalHits(request.trackTotalHits()).source(request.source())
                                .aggregations(request.aggregations()).postFilter(request.postFilter()).timeout(request.timeout()))));
                System.out.printf("consulta larga «%s»: %d aciertos%n", q.getValue(), index.search(query).total());
            }
            List<String> adversarial = new ArrayList<>();
            for (String q : ADVERSARIAL) {
                adversarial.add("/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&size=20");
            }
            Files.write(out.resolve("adversarial-paths.txt"), adversarial);
            Files.write(out.resolve("normal-paths.txt"), List.of(
                    "/api/search?q=sesi%C3%B3n&type=diario-debates&size=20", "/api/search?q=presupuesto&size=20",
                    "/api/search?q=dictamen&size=20", "/api/search?q=" + URLEncoder.encode(longCorpus.rareWord, StandardCharsets.UTF_8) + "&type=diario-debates&size=20",
                    "/api/search?q=transparencia&size=20", "/api/search?q=comisi%C3%B3n&size=20"));
        }
    }

    /**
     * The pool the long records are cut from: every paragraph but those of one held-out source file, whose paragraphs
     * go into 1 % of the records; {@link #rareWord} is its longest word that the rest of the pool never uses.
     */
    static final class LongCorpus {
        final List<String> pool;
        final List<String> heldOutParagraphs;
        final Path heldOut;
        final String rareWord;

        private LongCorpus(List<String> pool, List<String> heldOutParagraphs, Path heldOut, String rareWord) {
            this.pool = pool;
            this.heldOutParagraphs = heldOutParagraphs;
            this.heldOut = heldOut;
            this.rareWord = rareWord;
        }

        static LongCorpus of(List<String> paragraphs, List<Path> sources) {
            Map<Path, List<String>> bySource = new java.util.TreeMap<>();
            for (int i = 0; i < paragraphs.size(); i++) {
                bySource.computeIfAbsent(sources.get(i), k -> new ArrayList<>()).add(paragraphs.get(i));
            }
            // the held-out file: the first (in path order) with at least 5 paragraphs and a word of its own
            for (Map.Entry<Path, List<String>> candidate : bySource.entrySet()) {
                if (candidate.getValue().size() < 5) {
                    continue;
                }
                Set<String> elsewhere = new java.util.HashSet<>();
                List<String> pool = new ArrayList<>();
                bySource.forEach((source, list) -> {
                    if (!source.equals(candidate.getKey())) {
                        pool.addAll(list);
                        list.forEach(p -> elsewhere.addAll(words(p)));
                    }
                });
                String rare = candidate.getValue().stream().flatMap(p -> words(p).stream()).filter(w -> w.length() >= 7 && w.length() <= 14 && !elsewhere.contains(w))
                        .filter(w -> w.chars().allMatch(Character::isLetter)).sorted(java.util.Comparator.comparing(String::length).reversed()
                                .thenComparing(java.util.Comparator.naturalOrder())).findFirst().orElse(null);
                if (rare != null) {
                    return new LongCorpus(pool, candidate.getValue(), candidate.getKey(), rare);
                }
            }
            throw new IllegalStateException("ningún archivo de los corpus tiene una palabra propia para la consulta rara");
        }

        private static List<String> words(String paragraph) {
            return java.util.Arrays.stream(java.text.Normalizer.normalize(paragraph.toLowerCase(java.util.Locale.ROOT), java.text.Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "").split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
        }

        /**
         * One record: consecutive runs of 20–200 paragraphs from random places until 50–500 KB (log-uniform), with the
         * running head a Diario de los Debates prints on every page (~3,000 characters), which is how "sesión" comes
         * to be in every record, dozens of times.
         */
        String document(Random random, boolean withRareWord, String legislature, LocalDate date) {
            int target = (int) (50_000 * Math.pow(10, random.nextDouble()));
            StringBuilder text = new StringBuilder(target + 2_000);
            int page = 0;
            int nextHead = 0;
            while (text.length() < target) {
                int start = random.nextInt(pool.size());
                int run = 20 + random.nextInt(181);
                for (int i = 0; i < run && text.length() < target; i++) {
                    if (text.length() >= nextHead) {
                        page++;
                        text.append("Diario de los Debates de ").append(legislature).append(" · Sesión ordinaria del ").append(date)
                                .append(" · página ").append(page).append("\n\n");
                        nextHead = text.length() + 3_000;
                    }
                    text.append(pool.get((start + i) % pool.size())).append(i % 6 == 5 ? "\n\n" : "\n");
                }
                if (withRareWord && text.length() > target / 2) {
                    heldOutParagraphs.forEach(p -> text.append(p).append('\n'));
                    withRareWord = false;
                }
            }
            return text.toString();
        }
    }
}
