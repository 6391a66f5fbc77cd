package mx.parlamentoabierto.bench;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.stream.Stream;

import mx.parlamentoabierto.bootstrap.ConfigurationFiles;
import mx.parlamentoabierto.document.application.DocumentIngestion;
import mx.parlamentoabierto.document.application.Extraction;
import mx.parlamentoabierto.document.application.SearchOutboxRelay;
import mx.parlamentoabierto.document.domain.DocumentDescription;
import mx.parlamentoabierto.document.domain.DocumentStatus;
import mx.parlamentoabierto.document.domain.DocumentType;
import mx.parlamentoabierto.document.infrastructure.FileSystemFileStore;
import mx.parlamentoabierto.document.infrastructure.JpaDocumentRepository;
import mx.parlamentoabierto.document.infrastructure.TikaWorkerExtractor;
import mx.parlamentoabierto.document.infrastructure.TikaWorkerSettings;
import mx.parlamentoabierto.legislature.application.LegislatureCatalog;
import mx.parlamentoabierto.legislature.infrastructure.JpaLegislatureRepository;
import mx.parlamentoabierto.platform.persistence.Database;
import mx.parlamentoabierto.platform.persistence.DatabaseMigrations;
import mx.parlamentoabierto.platform.persistence.DatabaseSettings;
import mx.parlamentoabierto.search.application.DocumentIndex;
import mx.parlamentoabierto.search.domain.IndexedDocument;
import mx.parlamentoabierto.search.infrastructure.ElasticsearchDocumentIndex;
import mx.parlamentoabierto.search.infrastructure.ElasticsearchSearchIndex;
import mx.parlamentoabierto.search.infrastructure.IndexDefinition;

/**
 * {@code ./parlamento bench ingest <dir>}: documents/s and MB/s of the whole pipeline (file store, database,
 * Tika workers, outbox relay, Elasticsearch bulk) next to Tika extraction alone and Elasticsearch bulk
 * indexing alone, measured in the same run on the same files, and the ratio to the slower engine.
 * Each round ingests every file once into a fresh database, so nothing is skipped as a duplicate.
 *
 * <p>Arguments: dir esUrl tikaClasspath configDir workDir rounds [warmupRounds, default: enough rounds for
 * {@value #WARMUP_DOCUMENTS} documents].
 *
 * <p>Each measurement also prints the CPU seconds spent in it by the Tika workers, the Elasticsearch node and
 * this process (which plays the portal), so a gap between the pipeline and the engines can be traced to the
 * process that spends it.
 */
public final class IngestBenchmark {

    /**
     * Documents pushed through the whole pipeline before anything is timed. Code run once per document reaches
     * the JIT's optimising compiler after roughly 5,000 calls; measured on the shared corpora: after 456 or
     * 1,520 warm-up documents the pipeline still spent 12 ms of Elasticsearch CPU per document, after 7,600 it
     * spent 8.6, and Tika alone went from 15.5 ms per document (after 1,520) to 7.9.
     */
    static final int WARMUP_DOCUMENTS = 7_500;

    private IngestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        String esUrl = args[1];
        String tikaClasspath = args[2];
        Path config = Path.of(args[3]);
        Path work = Path.of(args[4]);
        int rounds = Integer.parseInt(args[5]);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        int warmupRounds = args.length > 6 ? Integer.parseInt(args[6]) : Math.max(1, (WARMUP_DOCUMENTS + files.size() - 1) / Math.max(1, files.size()));
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }
        double megabytes = bytes * rounds / 1e6;
        int documents = files.size() * rounds;
        System.out.printf(Locale.ROOT, "corpus: %d archivos, %.2f MB, %d rondas (%d documentos, %.2f MB)%n", files.size(), bytes / 1e6, rounds,
                documents, megabytes);

        TikaWorkerSettings settings = TikaWorkerSettings.defaults(tikaClasspath);
        try (TikaWorkerExtractor extractor = new TikaWorkerExtractor(settings, work.resolve("tika"));
             ElasticsearchSearchIndex base = new ElasticsearchSearchIndex(esUrl, "bench", IndexDefinition.readDirectory(config.resolve("elasticsearch")))) {
            base.deleteIndices();
            base.ensureIndices();
            base.activateIndices();
            ElasticsearchDocumentIndex index = new ElasticsearchDocumentIndex(base);

            ExecutorService pool = Executors.newFixedThreadPool(settings.workers());
            DatabaseSettings db = new DatabaseSettings("jdbc:h2:file:" + work.resolve("db/bench").toAbsolutePath(), "sa", "");
            DatabaseMigrations.cleanAndMigrate(db);
            try (Database database = Database.connect(db)) {
                JpaLegislatureRepository legislatures = new JpaLegislatureRepository(database);
                new LegislatureCatalog(database, legislatures).synchronize(ConfigurationFiles.read(config).legislatures());
                JpaDocumentRepository repository = new JpaDocumentRepository(database);
                ScheduledExecutorService relayRounds = Executors.newSingleThreadScheduledExecutor();
                SearchOutboxRelay relay = new SearchOutboxRelay(database, repository, legislatures, index, Clock.systemUTC(), relayRounds);
                relay.start();
                Pipeline pipeline = new Pipeline(database, repository, legislatures, relay, extractor, pool, files, work);

                // Created before the warm-up: its first use loads some 600 classes (the JDK's HTTP client, process
                // and management beans), and loading classes after the warm-up made the JIT throw away and recompile
                // warm code during the measurement (seen with -Xlog:class+load and the compiler time below).
                Cpu.Meter cpu = new Cpu.Meter(extractor, esUrl);
                cpu.now();
                java.lang.management.CompilationMXBean jit = java.lang.management.ManagementFactory.getCompilationMXBean();

                // Warm-up, untimed: the whole pipeline over the corpus several times. Every measured part — the Tika
                // workers' JVMs, detection, JPA and database code, the Elasticsearch client — is compiled by the JIT
                // during its first several hundred documents (measured: the file store alone goes from 8.9 ms to 0.8 ms
                // per file over its first 600; the benchmark JVM spent ~5 core-s in its compilers in a cold run), which
                // a running portal has long done. Then the three measurements run on the same warm processes, the
                // pipeline first, right after the warm-up that ran the very same code.
                System.out.printf(Locale.ROOT, "calentamiento: %d rondas de la tubería completa, sin medir…%n", warmupRounds);
                int tail = Math.min(10, warmupRounds);
                double warmup = pipeline.run(warmupRounds - tail)[0];
                long jitBeforeTail = jit.getTotalCompilationTime();
                double warmupTail = pipeline.run(tail)[0];
                resetIndices(base);
                System.out.printf(Locale.ROOT, "calentamiento terminado en %.1f s; compiladores JIT en sus últimas %d rondas: %.2f s de %.2f s; midiendo…%n",
                        warmup + warmupTail, tail, (jit.getTotalCompilationTime() - jitBeforeTail) / 1e3, warmupTail);

                // 1. The whole pipeline as the portal runs it: receive on the caller's thread, extraction on the pool,
                //    the outbox relay as the portal runs it (asked for after each extraction, and on its schedule)
                long jitBefore = jit.getTotalCompilationTime();
                Cpu c2 = cpu.now();
                double[] measured = pipeline.run(rounds);
                Cpu pipelineCpu = cpu.now().minus(c2);
                long jitDuring = jit.getTotalCompilationTime() - jitBefore;
                relayRounds.shutdownNow();
                resetIndices(base);

                // 2. Tika alone
                List<String> texts = new ArrayList<>();
                Cpu c0 = cpu.now();
                long t0 = System.nanoTime();
                for (int r = 0; r < rounds; r++) {
                    texts = runAll(pool, files, f -> {
                        Extraction e = extractor.extract(f);
                        return e.succeeded() ? e.text() : "";
                    });
                }
                double tika = (System.nanoTime() - t0) / 1e9;
                Cpu tikaCpu = cpu.now().minus(c0);

                // 3. Elasticsearch bulk alone, the same texts
                List<DocumentIndex.Item> items = new ArrayList<>();
                long id = 1;
                for (int r = 0; r < rounds; r++) {
                    for (int i = 0; i < files.size(); i++, id++) {
                        items.add(new DocumentIndex.Item(id, new IndexedDocument(id, "senado", "Senado", "otro", null,
                                files.get(i).getFileName().toString(), null, null, files.get(i).getFileName().toString(), "text/plain", 1, true,
                                texts.get(i))));
                    }
                }
                // Timed until the documents are searchable: without the refresh, building the segments (most of the
                // indexing work) would happen after the measurement, in the next one.
                Cpu c1 = cpu.now();
                long t1 = System.nanoTime();
                index.index(items);
                index.refresh();
                double es = (System.nanoTime() - t1) / 1e9;
                Cpu esCpu = cpu.now().minus(c1);

                report("Tika sola (2 procesos)", documents, megabytes, tika);
                tikaCpu.print(documents);
                report("Elasticsearch solo (bulk+refresh)", documents, megabytes, es);
                esCpu.print(documents);
                report("Tubería completa", documents, megabytes, measured[0]);
                pipelineCpu.print(documents);
                System.out.printf(Locale.ROOT, "  de ellos, recepción (almacén + base de datos, en el hilo que recibe): %.2f s%n", measured[1]);
                System.out.printf(Locale.ROOT, "  compilación JIT en este proceso durante la tubería: %.2f s (tiempo de los compiladores; si es alto, faltó calentamiento)%n",
                        jitDuring / 1e3);
                double slower = Math.max(tika, es);
                System.out.printf(Locale.ROOT, "razón tubería / motor más lento (%s): %.2f (objetivo ≥ 0.80)%n",
                        tika >= es ? "Tika" : "Elasticsearch", slower / measured[0]);
                // Any pipeline has to spend at least what each engine spent alone, on the same cores.
                int cores = Runtime.getRuntime().availableProcessors();
                double floor = Math.max(slower, (tikaCpu.tika() + esCpu.elasticsearch()) / cores);
                System.out.printf(Locale.ROOT, "mínimo para cualquier tubería en %d núcleos: (CPU de Tika sola %.2f s + CPU de Elasticsearch solo %.2f s) / %d"
                        + " = %.2f s → razón máxima alcanzable %.2f; esta tubería está a %.2f de ese mínimo%n", cores, tikaCpu.tika(),
                        esCpu.elasticsearch(), cores, floor, slower / floor, floor / measured[0]);
            }
            pool.shutdownNow();
        }
    }

    /** Rounds of receive → extract → relay, each into an emptied archive so the same bytes are new again. */
    private record Pipeline(Database database, JpaDocumentRepository repository, JpaLegislatureRepository legislatures, SearchOutboxRelay relay,
            TikaWorkerExtractor extractor, ExecutorService pool, List<Path> files, Path work) {

        /** @return seconds for all rounds, and seconds of them spent receiving */
        double[] run(int rounds) throws Exception {
            long total = 0;
            long receiving = 0;
            for (int r = 0; r < rounds; r++) {
                database.execute(em -> {
                    em.createNativeQuery("DELETE FROM search_outbox").executeUpdate();
                    em.createNativeQuery("DELETE FROM document_status_history").executeUpdate();
                    em.createNativeQuery("DELETE FROM document").executeUpdate();
                });
                FileSystemFileStore store = new FileSystemFileStore(work.resolve("files-" + System.nanoTime()), 200L * 1024 * 1024);
                DocumentIngestion ingestion = new DocumentIngestion(database, repository, legislatures, store, extractor, pool, relay, Clock.systemUTC());
                long roundStart = System.nanoTime();
                for (Path f : files) {
                    try (InputStream in = Files.newInputStream(f)) {
                        ingestion.receive(new DocumentDescription("senado", DocumentType.OTRO, null, f.getFileName().toString(), null, null,
                                f.getFileName().toString()), in);
                    }
                }
                long received = System.nanoTime();
                while (true) {
                    var counts = database.inTransaction(em -> repository.countByStatus());
                    if (counts.get(DocumentStatus.RECEIVED) == 0 && counts.get(DocumentStatus.EXTRACTED) == 0 && relay.pending() == 0) {
                        break;
                    }
                    Thread.sleep(20);
                }
                total += System.nanoTime() - roundStart;
                receiving += received - roundStart;
            }
            return new double[] {total / 1e9, receiving / 1e9};
        }
    }

    private static void resetIndices(ElasticsearchSearchIndex base) {
        base.deleteIndices();
        base.ensureIndices();
        base.activateIndices();
    }

    private static void report(String what, int documents, double megabytes, double seconds) {
        System.out.printf(Locale.ROOT, "%-28s %7.2f s  %8.1f documentos/s  %6.2f MB/s%n", what, seconds, documents / seconds, megabytes / seconds);
    }

    interface Work<T> {
        T apply(Path file) throws Exception;
    }

    private static <T> List<T> runAll(ExecutorService pool, List<Path> files, Work<T> work) throws Exception {
        List<Future<T>> futures = new ArrayList<>();
        for (Path f : files) {
            futures.add(pool.submit(() -> work.apply(f)));
        }
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get());
        }
        return results;
    }
}
