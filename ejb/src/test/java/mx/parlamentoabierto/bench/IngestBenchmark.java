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
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import mx.parlamentoabierto.bootstrap.ConfigurationFiles;
import mx.parlamentoabierto.bootstrap.PortalStartup;
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
 * <p>Arguments: dir esUrl tikaClasspath configDir workDir rounds.
 */
public final class IngestBenchmark {

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

            // warm-up: start both workers and load their parsers
            ExecutorService pool = Executors.newFixedThreadPool(settings.workers());
            runAll(pool, files, f -> extractor.extract(f));

            // 1. Tika alone
            List<String> texts = new ArrayList<>();
            long t0 = System.nanoTime();
            for (int r = 0; r < rounds; r++) {
                texts = runAll(pool, files, f -> {
                    Extraction e = extractor.extract(f);
                    return e.succeeded() ? e.text() : "";
                });
            }
            double tika = (System.nanoTime() - t0) / 1e9;
            report("Tika sola (2 procesos)", documents, megabytes, tika);

            // 2. Elasticsearch bulk alone, the same texts; one untimed pass first (the client's code is still cold)
            List<DocumentIndex.Item> items = new ArrayList<>();
            long id = 1;
            for (int r = 0; r < rounds; r++) {
                for (int i = 0; i < files.size(); i++, id++) {
                    items.add(new DocumentIndex.Item(id, new IndexedDocument(id, "senado", "Senado", "otro", null,
                            files.get(i).getFileName().toString(), null, null, files.get(i).getFileName().toString(), "text/plain", 1, true,
                            texts.get(i))));
                }
            }
            index.index(items);
            resetIndices(base);
            long t1 = System.nanoTime();
            index.index(items);
            double es = (System.nanoTime() - t1) / 1e9;
            report("Elasticsearch bulk solo", documents, megabytes, es);
            resetIndices(base);

            // 3. The whole pipeline as the portal runs it: receive on the caller's thread, extraction on the pool,
            //    the outbox relay on its own schedule. As many untimed warm-up rounds as timed ones first: database, JPA
            //    and client code are compiled by the JIT during their first several hundred documents (measured: ~2.5
            //    s of compiler CPU in the first timed rounds after one warm-up round), which a running portal has
            //    long done.
            DatabaseSettings db = new DatabaseSettings("jdbc:h2:file:" + work.resolve("db/bench").toAbsolutePath(), "sa", "");
            DatabaseMigrations.cleanAndMigrate(db);
            double pipeline = 0;
            try (Database database = Database.connect(db)) {
                JpaLegislatureRepository legislatures = new JpaLegislatureRepository(database);
                new LegislatureCatalog(database, legislatures).synchronize(ConfigurationFiles.read(config).legislatures());
                JpaDocumentRepository repository = new JpaDocumentRepository(database);
                SearchOutboxRelay relay = new SearchOutboxRelay(database, repository, legislatures, index, Clock.systemUTC());
                ScheduledExecutorService relayRounds = Executors.newSingleThreadScheduledExecutor();
                relayRounds.scheduleWithFixedDelay(relay::relayDue, PortalStartup.RELAY_PERIOD_MILLIS, PortalStartup.RELAY_PERIOD_MILLIS,
                        TimeUnit.MILLISECONDS);
                long receiving = 0;
                for (int r = 0; r < 2 * rounds; r++) {
                    if (r > 0) {
                        // a fresh database per round: same bytes are new documents again
                        database.execute(em -> {
                            em.createNativeQuery("DELETE FROM search_outbox").executeUpdate();
                            em.createNativeQuery("DELETE FROM document_status_history").executeUpdate();
                            em.createNativeQuery("DELETE FROM document").executeUpdate();
                        });
                    }
                    FileSystemFileStore store = new FileSystemFileStore(work.resolve("files-" + r), 200L * 1024 * 1024);
                    DocumentIngestion ingestion = new DocumentIngestion(database, repository, legislatures, store, extractor, pool,
                            Clock.systemUTC());
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
                    if (r >= rounds) {
                        pipeline += (System.nanoTime() - roundStart) / 1e9;
                        receiving += received - roundStart;
                    }
                }
                relayRounds.shutdownNow();
                System.out.printf(Locale.ROOT, "  de ellos, recepción (almacén + base de datos, en el hilo que recibe): %.2f s%n", receiving / 1e9);
            }
            report("Tubería completa", documents, megabytes, pipeline);
            pool.shutdownNow();
            double slower = Math.max(tika, es);
            System.out.printf(Locale.ROOT, "razón tubería / motor más lento (%s): %.2f (objetivo ≥ 0.80)%n",
                    tika >= es ? "Tika" : "Elasticsearch", slower / pipeline);
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
