package mx.parlamentoabierto.testing;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import mx.parlamentoabierto.bootstrap.ConfigurationFiles;
import mx.parlamentoabierto.document.application.DocumentIngestion;
import mx.parlamentoabierto.document.application.SearchOutboxRelay;
import mx.parlamentoabierto.document.infrastructure.FileSystemFileStore;
import mx.parlamentoabierto.document.infrastructure.JpaDocumentRepository;
import mx.parlamentoabierto.document.infrastructure.TikaWorkerExtractor;
import mx.parlamentoabierto.document.infrastructure.TikaWorkerSettings;
import mx.parlamentoabierto.legislature.application.LegislatureCatalog;
import mx.parlamentoabierto.legislature.infrastructure.JpaLegislatureRepository;
import mx.parlamentoabierto.platform.persistence.Database;
import mx.parlamentoabierto.search.infrastructure.ElasticsearchDocumentIndex;
import mx.parlamentoabierto.search.infrastructure.ElasticsearchSearchIndex;
import mx.parlamentoabierto.search.infrastructure.IndexDefinition;
import mx.parlamentoabierto.searchnode.testing.SearchNodeExtension;

/**
 * The real archive an integration test files documents into: a clean test database with the legislature registry, the
 * Tika worker processes, the test search node under its own index prefix, and the ingestion that archives, extracts and
 * indexes. {@link #close()} waits for the documents still being extracted before it closes the database under them.
 */
public final class TestArchive implements AutoCloseable {

    public final Database database;
    public final JpaLegislatureRepository legislatures;
    public final JpaDocumentRepository documents;
    public final TikaWorkerExtractor extractor;
    public final ElasticsearchSearchIndex searchBase;
    public final DocumentIngestion ingestion;
    private final ExecutorService executor;

    private TestArchive(Path work, String indexPrefix) {
        Path config = Path.of(System.getProperty("parlamento.config.dir"));
        database = TestDatabase.cleanAndOpen();
        legislatures = new JpaLegislatureRepository(database);
        UnitsOfWork.on(database).of(new LegislatureCatalog(legislatures)).synchronize(ConfigurationFiles.read(config).legislatures());
        documents = new JpaDocumentRepository(database);
        TikaWorkerSettings tika = TikaWorkerSettings.defaults(System.getProperty("parlamento.test.tika.classpath"));
        extractor = new TikaWorkerExtractor(tika, work.resolve("tika"));
        executor = Executors.newFixedThreadPool(DocumentIngestion.extractionThreads(tika.workers()));
        searchBase = new ElasticsearchSearchIndex(SearchNodeExtension.url(), indexPrefix, IndexDefinition.readDirectory(config.resolve("elasticsearch")));
        searchBase.deleteIndices();
        searchBase.ensureIndices();
        searchBase.activateIndices();
        SearchOutboxRelay relay = new SearchOutboxRelay(database, documents, legislatures, new ElasticsearchDocumentIndex(searchBase), Clock.systemUTC());
        ingestion = new DocumentIngestion(database, documents, legislatures, new FileSystemFileStore(work.resolve("files"), 20L * 1024 * 1024), extractor,
                executor, TestEvents.deliveringTo(database, new mx.parlamentoabierto.document.application.SearchOutboxWakeUp(relay)),
                Clock.systemUTC());
    }

    /** Opens the archive with its work files under {@code work} and its indices named {@code indexPrefix-…}. */
    public static TestArchive open(Path work, String indexPrefix) {
        return new TestArchive(work, indexPrefix);
    }

    @Override
    public void close() {
        try {
            // the archived files finish extracting before the database closes
            Await.await(() -> InUnit.of(database, em -> documents.idsAwaitingExtraction(1)).isEmpty(), java.time.Duration.ofSeconds(60),
                    "the archive's documents extracted before it closes");
        } finally {
            executor.shutdownNow();
            extractor.close();
            searchBase.close();
            database.close();
        }
    }
}
