package mx.parlamentoabierto.document.infrastructure;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import mx.parlamentoabierto.document.application.DocumentIngestion;
import mx.parlamentoabierto.document.application.DocumentReindex;
import mx.parlamentoabierto.document.application.Extraction;
import mx.parlamentoabierto.document.application.FileStore;
import mx.parlamentoabierto.document.application.ExtractionThreads;
import mx.parlamentoabierto.document.application.RelayThread;
import mx.parlamentoabierto.document.application.SpreadsheetReader;
import mx.parlamentoabierto.document.application.TextExtractor;
import mx.parlamentoabierto.document.domain.DocumentRepository;
import mx.parlamentoabierto.legislature.domain.LegislatureRepository;
import mx.parlamentoabierto.platform.config.PortalConfiguration;
import mx.parlamentoabierto.platform.events.ApplicationEvents;
import mx.parlamentoabierto.platform.persistence.Database;
import mx.parlamentoabierto.search.application.DocumentIndex;

/** Wires the archive pipeline for the portal from its configuration. */
@ApplicationScoped
public class DocumentComponents {

    private static final Logger LOG = Logger.getLogger(DocumentComponents.class.getName());

    @Inject
    PortalConfiguration configuration;

    private TikaWorkerExtractor workers;

    @Produces
    @ApplicationScoped
    FileStore fileStore() {
        return new FileSystemFileStore(configuration.dataDir().resolve("files"), configuration.uploadMaxBytes());
    }

    @Produces
    @ApplicationScoped
    TextExtractor extractor() {
        if (configuration.tikaClasspath().isEmpty()) {
            LOG.warning("parlamento.tika.classpath no está configurado: los documentos recibidos fallarán al extraer");
            return new TextExtractor() {
                @Override
                public Extraction extract(java.nio.file.Path file) {
                    return Extraction.failure(NOT_CONFIGURED);
                }

                @Override
                public void close() {
                    // nothing started
                }
            };
        }
        return workers();
    }

    /** Spreadsheets are read by the same pool of worker processes as texts (one set of limits). */
    @Produces
    @ApplicationScoped
    SpreadsheetReader spreadsheets() {
        if (configuration.tikaClasspath().isEmpty()) {
            return file -> {
                throw new SpreadsheetReader.UnreadableException(NOT_CONFIGURED);
            };
        }
        return workers();
    }

    private static final String NOT_CONFIGURED = "la extracción no está configurada (parlamento.tika.classpath)";

    private synchronized TikaWorkerExtractor workers() {
        if (workers == null) {
            TikaWorkerSettings defaults = TikaWorkerSettings.defaults(configuration.tikaClasspath().get());
            workers = new TikaWorkerExtractor(new TikaWorkerSettings(defaults.classpath(), configuration.ingestConcurrency(),
                    configuration.tikaHeap(), Duration.ofSeconds(configuration.tikaTimeoutSeconds()), defaults.writeLimit(),
                    defaults.maxEmbedded(), defaults.maxDepth(), defaults.maxCompressionRatio(), new TikaWorkerSettings.Ocr(configuration.ocrEnabled(),
                    configuration.ocrLanguage(), configuration.ocrPageSeconds(), configuration.ocrMaxPages(), configuration.ocrDocumentSeconds())),
                    configuration.dataDir().resolve("tika"));
        }
        return workers;
    }

    void closeExtractor(@Disposes TextExtractor extractor) {
        extractor.close();
    }

    @Produces
    @ApplicationScoped
    @RelayThread
    ScheduledExecutorService relayRounds() {
        return Executors.newSingleThreadScheduledExecutor(managedThreadFactory());
    }

    void closeRelayRounds(@Disposes @RelayThread ScheduledExecutorService rounds) {
        rounds.shutdownNow();
    }

    @Produces
    @ApplicationScoped
    @ExtractionThreads
    ExecutorService ingestExecutor() {
        return Executors.newFixedThreadPool(DocumentIngestion.extractionThreads(configuration.ingestConcurrency()), managedThreadFactory());
    }

    /** The container's thread factory (threads that may use its services), or plain threads outside a container. */
    private static ThreadFactory managedThreadFactory() {
        try {
            return javax.naming.InitialContext.doLookup("java:comp/DefaultManagedThreadFactory");
        } catch (javax.naming.NamingException e) {
            return Executors.defaultThreadFactory();
        }
    }

    void closeExecutor(@Disposes @ExtractionThreads ExecutorService executor) {
        executor.shutdownNow();
    }


}
