package mx.parlamentoabierto.bench;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import mx.parlamentoabierto.testing.InUnit;
import mx.parlamentoabierto.testing.UnitsOfWork;
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
import mx.parlamentoabierto.search.domain.BulkOutcome;
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
 * <p>Arguments: dir esUrl tikaClasspath configDir workDir rounds [warmupRounds: the least warm-up, default: enough
 * rounds for {@value #WARMUP_DOCUMENTS} documents; the warm-up then goes on while the JIT compilers are busy].
 *
 * <p>Each measurement also prints the CPU seconds spent in it by the Tika workers, the Elasticsearch node and
 * this process (which plays the portal), and how much of it their JIT compilers took, so a gap between the
 * pipeline and the engines can be traced to the process that spends it; and what the node reports it did
 * (documents, bulk requests, indexing, refresh and merge time). A last, diagnostic run sends the same texts
 * in bulks of the size the relay sent, on otherwise idle cores.
 */
public final class IngestBenchmark {

    /**
     * Documents pushed through the whole pipeline before anything is timed. Code run once per document reaches
     * the JIT's optimising compiler after roughly 5,000 calls; measured on the shared corpora: after 456 or
     * 1,520 warm-up documents the pipeline still spent 12 ms of Elasticsearch CPU per document, after 7,600 it
     * spent 8.6, and Tika alone went from 15.5 ms per document (after 1,520) to 7.9.
     */
    static final int WARMUP_DOCUMENTS = 7_500;
    /** Rounds between two looks at the compilers' share of the CPU during the warm-up. */
    static final int WARMUP_STEP = 10;
    /** The compilers' share of the three processes' CPU below which the warm-up ends. */
    static final double WARMUP_SETTLED = 0.10;
    /** The warm-up ends after this long even if the compilers are still busy (the output says so). */
    static final int WARMUP_LIMIT_SECONDS = 300;
    /** First document id of the Elasticsearch-alone bulk: above any id the pipeline's database hands out here. */
    static final long ES_ALONE_FIRST_ID = 1_000_000_000L;
    /** A round still waiting this long after its last upload is reported with what it waits for. */
    static final long STALL_NANOS = 30_000_000_000L;
    /** The target: the whole pipeline at no less than this share of the slower engine's throughput. */
    static final double TARGET_RATIO = 0.80;

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
        // Files the archive refuses at upload (empty, a format it does not take such as SVG) never reach either engine:
        // they are left out of every measurement, named, rather than ending the benchmark.
        FileSystemFileStore probe = new FileSystemFileStore(work.resolve("probe"), 200L * 1024 * 1024);
        List<Path> accepted = new java.util.ArrayList<>();
        for (Path f : files) {
            try (InputStream in = Files.newInputStream(f)) {
                probe.store(in, f.getFileName().toString());
                accepted.add(f);
            } catch (mx.parlamentoabierto.document.application.UploadRejectedException e) {
                System.out.println("fuera de la medición (el archivo lo rechaza al subirlo): " + dir.relativize(f) + ": " + e.getMessage());
            }
        }
        files = List.copyOf(accepted);
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
            resetIndices(base);
            ElasticsearchDocumentIndex index = new ElasticsearchDocumentIndex(base);

            // Sized as the portal sizes it, for the pipeline and for Tika alone alike.
            ExecutorService pool = Executors.newFixedThreadPool(DocumentIngestion.extractionThreads(settings.workers()));
            DatabaseSettings db = new DatabaseSettings("jdbc:h2:file:" + work.resolve("db/bench").toAbsolutePath(), "sa", "");
            DatabaseMigrations.cleanAndMigrate(db);
            try (Database database = Database.connect(db)) {
                JpaLegislatureRepository legislatures = new JpaLegislatureRepository(database);
                UnitsOfWork.on(database).of(new LegislatureCatalog(legislatures)).synchronize(ConfigurationFiles.read(config).legislatures());
                JpaDocumentRepository repository = new JpaDocumentRepository(database);
                ScheduledExecutorService relayRounds = Executors.newSingleThreadScheduledExecutor();
                SearchOutboxRelay relay = new SearchOutboxRelay(database, repository, legislatures, index, Clock.systemUTC(), relayRounds);
                relay.start();
                Pipeline pipeline = new Pipeline(database, repository, legislatures, relay, extractor, pool, files, work);

                // Created before the warm-up: its first use loads some 600 classes (the JDK's HTTP client, process
                // and management beans), and loading classes after the warm-up made the JIT throw away and recompile
                // warm code during the measurement (seen with -Xlog:class+load).
                Cpu.Meter cpu = new Cpu.Meter(extractor, esUrl);
                cpu.now();

                // Warm-up, untimed: the whole pipeline over the corpus, again and again, until the three processes run
                // compiled code. A running portal, node and worker pool have long done that; a benchmark that starts them
                // measures their JIT compilers instead: on 2 busy cores each JVM has one C2 compiler thread, which was still
                // 25 % of this process's CPU and 59 % of the node's (async-profiler) after 7,500 documents. So the warm-up
                // runs at least warmupRounds, then goes on in steps of WARMUP_STEP rounds until the compiler threads of
                // the node, the workers and this process take at most WARMUP_SETTLED of their CPU over a step, or until
                // WARMUP_LIMIT_SECONDS. Then the three measurements run on the same warm processes, the pipeline first.
                System.out.printf(Locale.ROOT, "calentamiento: al menos %d rondas de la tubería completa, hasta que los compiladores JIT"
                        + " ocupen ≤ %.0f %% de la CPU, sin medir…%n", warmupRounds, 100 * WARMUP_SETTLED);
                long warmupStart = System.nanoTime();
                pipeline.run(warmupRounds);
                int warmedRounds = warmupRounds;
                double share;
                while (true) {
                    Cpu before = cpu.now();
                    pipeline.run(WARMUP_STEP);
                    warmedRounds += WARMUP_STEP;
                    Cpu step = cpu.now().minus(before);
                    share = step.compilerShare();
                    System.out.printf(Locale.ROOT, "  %d rondas: compiladores JIT %.0f %% de la CPU%n", warmedRounds, 100 * share);
                    if (share <= WARMUP_SETTLED || (System.nanoTime() - warmupStart) / 1e9 > WARMUP_LIMIT_SECONDS) {
                        break;
                    }
                }
                System.out.printf(Locale.ROOT, "calentamiento terminado: %d rondas (%d documentos) en %.0f s; compiladores JIT en las últimas %d"
                        + " rondas: %.0f %% de la CPU%s; midiendo…%n", warmedRounds, warmedRounds * files.size(), (System.nanoTime() - warmupStart) / 1e9,
                        WARMUP_STEP, 100 * share, share <= WARMUP_SETTLED ? "" : " (límite de tiempo alcanzado: las cifras incluyen compilación)");

                // 1. The whole pipeline as the portal runs it: receive on the caller's thread, extraction on the pool,
                //    the outbox relay as the portal runs it (asked for after each extraction, and on its schedule). It
                //    writes into the index the warm-up filled, as a running portal writes into its archive: a fresh index
                //    made the node recompile its indexing code during the measurement (1.8 s of its 3.5 s of CPU there).
                IndexActivity beforePipeline = IndexActivity.read(esUrl, index.alias());
                Cpu c2 = cpu.now();
                double[] measured = pipeline.run(rounds);
                Cpu pipelineCpu = cpu.now().minus(c2);
                relayRounds.shutdownNow();
                IndexActivity pipelineIndex = IndexActivity.read(esUrl, index.alias()).minus(beforePipeline);

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
                ocrLine(pool, extractor, work);

                // 3. Elasticsearch bulk alone, the same texts. Ids far above the archive's, so the bulk adds documents to
                //    the same warm index instead of replacing them.
                List<DocumentIndex.Item> items = textItems(ES_ALONE_FIRST_ID, rounds, files, texts);
                // Timed until the documents are searchable: without the refresh, building the segments (most of the
                // indexing work) would happen after the measurement, in the next one.
                IndexActivity beforeEs = IndexActivity.read(esUrl, index.alias());
                Cpu c1 = cpu.now();
                long t1 = System.nanoTime();
                List<BulkOutcome> outcomes = List.of(index.index(items));
                index.refresh();
                double es = (System.nanoTime() - t1) / 1e9;
                Cpu esCpu = cpu.now().minus(c1);
                IndexActivity esIndex = IndexActivity.read(esUrl, index.alias()).minus(beforeEs);
                warnUnlessAllIndexed("Elasticsearch solo", outcomes, items.size());

                // 4. Diagnosis, not part of the ratio: the same texts in bulks of the size the relay sent during the pipeline,
                //    back to back on otherwise idle cores. Its CPU per document, next to (3) and to the pipeline's, tells
                //    whether the node's extra cost in the pipeline comes from small bulks or from sharing the cores.
                int bulkSize = (int) Math.max(1, Math.round(pipelineIndex.documents() / (double) Math.max(1, pipelineIndex.writeTasks())));
                List<DocumentIndex.Item> smallBulkItems = textItems(2 * ES_ALONE_FIRST_ID, rounds, files, texts);
                Cpu c3 = cpu.now();
                long t3 = System.nanoTime();
                List<BulkOutcome> smallOutcomes = new ArrayList<>();
                for (int from = 0; from < smallBulkItems.size(); from += bulkSize) {
                    smallOutcomes.add(index.index(smallBulkItems.subList(from, Math.min(smallBulkItems.size(), from + bulkSize))));
                }
                index.refresh();
                double esSmall = (System.nanoTime() - t3) / 1e9;
                Cpu esSmallCpu = cpu.now().minus(c3);
                warnUnlessAllIndexed("Elasticsearch en bulks pequeños", smallOutcomes, smallBulkItems.size());

                report("Tika sola (2 procesos)", documents, megabytes, tika);
                tikaCpu.print(documents);
                report("Elasticsearch solo (bulk+refresh)", documents, megabytes, es);
                esCpu.print(documents);
                esIndex.print();
                report("Tubería completa", documents, megabytes, measured[0]);
                pipelineCpu.print(documents);
                pipelineIndex.print();
                System.out.printf(Locale.ROOT, "  en la base de datos: %.0f INDEXED, %.0f FAILED (archivos dañados o no admitidos del corpus)%n", measured[2], measured[3]);
                System.out.printf(Locale.ROOT, "  de ellos, recepción (almacén + base de datos, en el hilo que recibe): %.2f s%n", measured[1]);
                report("(diagnóstico) Elasticsearch solo en bulks de " + bulkSize, documents, megabytes, esSmall);
                esSmallCpu.print(documents);
                double slower = Math.max(tika, es);
                double ratio = slower / measured[0];
                System.out.printf(Locale.ROOT, "razón tubería / motor más lento (%s): %.2f (objetivo ≥ %.2f)%n",
                        tika >= es ? "Tika" : "Elasticsearch", ratio, TARGET_RATIO);
                // Any pipeline has to spend at least what each engine spent alone, on the same cores.
                int cores = Runtime.getRuntime().availableProcessors();
                double floor = Math.max(slower, (tikaCpu.tika() + esCpu.elasticsearch()) / cores);
                double reachable = slower / floor;
                System.out.printf(Locale.ROOT, "mínimo para cualquier tubería en %d núcleos: (CPU de Tika sola %.2f s + CPU de Elasticsearch solo %.2f s) / %d"
                        + " = %.2f s → razón máxima alcanzable %.2f; esta tubería está a %.2f de ese mínimo%n", cores, tikaCpu.tika(),
                        esCpu.elasticsearch(), cores, floor, reachable, floor / measured[0]);
                // The verdict names which of the two falls short: this pipeline, or what these cores allow any pipeline.
                String verdict;
                if (ratio >= TARGET_RATIO) {
                    verdict = "objetivo cumplido";
                } else if (reachable < TARGET_RATIO) {
                    verdict = String.format(Locale.ROOT, "objetivo no cumplido; en %d núcleos ninguna tubería llega a %.2f en esta corrida (máximo %.2f)",
                            cores, TARGET_RATIO, reachable);
                } else {
                    verdict = String.format(Locale.ROOT, "objetivo no cumplido; estos núcleos permitirían hasta %.2f", reachable);
                }
                System.out.println("veredicto: " + verdict);
            }
            pool.shutdownNow();
        }
    }

    /** Rounds of receive → extract → relay, each into an emptied archive so the same bytes are new again. */
    private record Pipeline(Database database, JpaDocumentRepository repository, JpaLegislatureRepository legislatures, SearchOutboxRelay relay,
            TikaWorkerExtractor extractor, ExecutorService pool, List<Path> files, Path work) {

        /** @return seconds for all rounds, seconds of them spent receiving, documents indexed, documents failed */
        double[] run(int rounds) throws Exception {
            long total = 0;
            long receiving = 0;
            long indexed = 0;
            long failed = 0;
            for (int r = 0; r < rounds; r++) {
                InUnit.run(database, em -> {
                    em.createNativeQuery("DELETE FROM search_outbox").executeUpdate();
                    em.createNativeQuery("DELETE FROM document_status_history").executeUpdate();
                    em.createNativeQuery("DELETE FROM document").executeUpdate();
                });
                FileSystemFileStore store = new FileSystemFileStore(work.resolve("files-" + System.nanoTime()), 200L * 1024 * 1024);
                DocumentIngestion ingestion = new DocumentIngestion(database, repository, legislatures, store, extractor, pool,
                        mx.parlamentoabierto.testing.TestEvents.deliveringTo(database, new mx.parlamentoabierto.document.application.SearchOutboxWakeUp(relay)),
                        Clock.systemUTC());
                long roundStart = System.nanoTime();
                for (Path f : files) {
                    try (InputStream in = Files.newInputStream(f)) {
                        ingestion.receive(new DocumentDescription("senado", DocumentType.OTRO, null, f.getFileName().toString(), null, null,
                                f.getFileName().toString()), in);
                    }
                }
                long received = System.nanoTime();
                boolean reported = false;
                while (true) {
                    var counts = InUnit.of(database, em -> repository.countByStatus());
                    if (!reported && System.nanoTime() - received > STALL_NANOS) {
                        // A round normally ends well within a second of its last upload: say where it waits.
                        reported = true;
                        System.out.printf(Locale.ROOT, "¡atención! la ronda lleva %d s esperando: %s, %d filas en el outbox%n",
                                (System.nanoTime() - received) / 1_000_000_000L, counts, relay.pending());
                        Thread.getAllStackTraces().forEach((thread, stack) -> {
                            if (stack.length > 0 && !thread.isDaemon() && thread != Thread.currentThread()) {
                                System.out.println("  " + thread.getName() + " (" + thread.getState() + "): "
                                        + Arrays.stream(stack).limit(8).map(String::valueOf).collect(Collectors.joining(" ← ")));
                            }
                        });
                    }
                    if (counts.get(DocumentStatus.RECEIVED) == 0 && counts.get(DocumentStatus.EXTRACTED) == 0 && relay.pending() == 0) {
                        indexed += counts.get(DocumentStatus.INDEXED);
                        failed += counts.get(DocumentStatus.FAILED);
                        break;
                    }
                    Thread.sleep(20);
                }
                total += System.nanoTime() - roundStart;
                receiving += received - roundStart;
            }
            return new double[] {total / 1e9, receiving / 1e9, indexed, failed};
        }
    }

    /**
     * OCR: image-only PDFs (3 pages each of a rendered Spanish session text, {@code testing.ScannedPage}) read by the
     * workers as they read uploads; pages per second and seconds per page. {@code BENCH_OCR_PDFS} sets how many (8).
     */
    private static void ocrLine(ExecutorService pool, TikaWorkerExtractor extractor, Path work) throws Exception {
        int pdfs = Integer.parseInt(System.getenv().getOrDefault("BENCH_OCR_PDFS", "8"));
        int pagesEach = 3;
        List<Path> scans = new ArrayList<>();
        Path dir = Files.createDirectories(work.resolve("ocr"));
        for (int i = 0; i < pdfs; i++) {
            Path f = dir.resolve("escaneado-" + i + ".pdf");
            Files.write(f, mx.parlamentoabierto.testing.ScannedPage.pdf(List.of("DIARIO DE LOS DEBATES " + i,
                    "Sesión ordinaria del jueves 21 de diciembre de 2006", "La Presidenta diputada Ruth Zavaleta Salgado:",
                    "Se abre la sesión con la asistencia de 402 diputadas y diputados.", "Dictamen de la Comisión de Hacienda y Crédito Público."),
                    pagesEach));
            scans.add(f);
        }
        runAll(pool, scans.subList(0, 1), extractor::extract); // Tesseract's first start
        long t = System.nanoTime();
        List<Extraction> read = runAll(pool, scans, extractor::extract);
        double seconds = (System.nanoTime() - t) / 1e9;
        long pages = read.stream().filter(Extraction::succeeded).mapToLong(e -> e.metadata("ocr.pages").map(p -> p.contains("-")
                ? Long.parseLong(p.substring(p.indexOf('-') + 1)) - Long.parseLong(p.substring(0, p.indexOf('-'))) + 1 : 1L).orElse(0L)).sum();
        System.out.printf(Locale.ROOT, "OCR (PDF solo de imágenes, %d archivos × %d páginas, 300 ppp, Tesseract spa, %d procesos): %d páginas leídas en "
                + "%.2f s: %.2f páginas/s, %.2f s por página y proceso%n", pdfs, pagesEach, extractor.workerPids().size(), pages, seconds,
                pages / seconds, seconds * extractor.workerPids().size() / Math.max(1, pages));
    }

    /** Every file's text once per round, as plain documents with consecutive ids from {@code firstId}. */
    private static List<DocumentIndex.Item> textItems(long firstId, int rounds, List<Path> files, List<String> texts) {
        List<DocumentIndex.Item> items = new ArrayList<>();
        long id = firstId;
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < files.size(); i++, id++) {
                String name = files.get(i).getFileName().toString();
                items.add(new DocumentIndex.Item(id, new IndexedDocument(id, "senado", "Senado", "otro", null, name, null, null, name,
                        "text/plain", 1, true, texts.get(i))));
            }
        }
        return items;
    }

    /** A measurement in which Elasticsearch did not index everything is not the measurement it claims to be: say so. */
    private static void warnUnlessAllIndexed(String what, List<BulkOutcome> outcomes, int sent) {
        int indexed = outcomes.stream().mapToInt(o -> o.indexed().size()).sum();
        if (indexed != sent) {
            System.out.printf(Locale.ROOT, "¡atención! %s indexó %d de %d documentos (rechazados %d, pendientes %d)%n", what, indexed, sent,
                    outcomes.stream().mapToInt(o -> o.rejected().size()).sum(), outcomes.stream().mapToInt(o -> o.retryLater().size()).sum());
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
