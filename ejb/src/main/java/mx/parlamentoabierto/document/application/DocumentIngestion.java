package mx.parlamentoabierto.document.application;

import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;

import mx.parlamentoabierto.document.domain.Document;
import mx.parlamentoabierto.document.domain.DocumentDescription;
import mx.parlamentoabierto.document.domain.DocumentInference;
import mx.parlamentoabierto.document.domain.DocumentRepository;
import mx.parlamentoabierto.document.domain.SearchOutboxEntry;
import mx.parlamentoabierto.document.domain.StoredFile;
import mx.parlamentoabierto.legislature.domain.LegislatureRepository;
import mx.parlamentoabierto.platform.persistence.Database;

/**
 * The archive's ingestion pipeline. {@link #receive} validates the description, stores the bytes and records
 * the document (or answers with the existing one for identical bytes) and queues it; {@link #process}
 * extracts its text in a Tika worker and, in the same transaction as the result, writes the search outbox
 * row the relay will push to Elasticsearch. The database is the source of truth at every step: documents
 * received before a restart are picked up again by {@link #resumePending}.
 */
public class DocumentIngestion {

    private static final Logger LOG = Logger.getLogger(DocumentIngestion.class.getName());

    private Database database;
    private DocumentRepository documents;
    private LegislatureRepository legislatures;
    private FileStore files;
    private TextExtractor extractor;
    private Executor executor;
    private SearchOutboxRelay relay;
    private Clock clock;

    protected DocumentIngestion() {
        // CDI proxy
    }

    /**
     * Threads for the executor that runs extractions when {@code parsers} documents are parsed at once: two per
     * parser, so that while one thread records a parsed document in the database another already hands the next
     * document to the parser it freed. The parsers, not these threads, bound the parsing work.
     */
    public static int extractionThreads(int parsers) {
        return 2 * parsers;
    }

    /**
     * @param executor runs extractions; size it with {@link #extractionThreads}
     * @param relay    asked for a round after each transaction that writes the search outbox
     */
    public DocumentIngestion(Database database, DocumentRepository documents, LegislatureRepository legislatures, FileStore files,
            TextExtractor extractor, Executor executor, SearchOutboxRelay relay, Clock clock) {
        this.database = database;
        this.documents = documents;
        this.legislatures = legislatures;
        this.files = files;
        this.extractor = extractor;
        this.executor = executor;
        this.relay = relay;
        this.clock = clock;
    }

    /** Validates, stores and records an upload, then queues its extraction. */
    public Receipt receive(DocumentDescription description, InputStream content) {
        validate(description);
        StoredFile stored = files.store(content, description.originalFileName());
        Receipt receipt;
        try {
            receipt = record(description, stored);
        } catch (RuntimeException e) {
            // Two uploads of the same bytes at once: the loser hits the unique SHA-256 and is a duplicate.
            Optional<Document> winner = database.inTransaction(em -> documents.findBySha256(stored.sha256()));
            if (winner.isEmpty()) {
                throw e;
            }
            receipt = new Receipt(winner.get().id(), true, winner.get().status(), winner.get().version());
        }
        if (!receipt.duplicate()) {
            if (receipt.version() > 1) {
                relay.requestRound(); // the superseded version is re-indexed as no longer current
            }
            queue(receipt.documentId());
        }
        return receipt;
    }

    private Receipt record(DocumentDescription description, StoredFile stored) {
        return database.inTransaction(em -> {
            Optional<Document> same = documents.findBySha256(stored.sha256());
            if (same.isPresent()) {
                return new Receipt(same.get().id(), true, same.get().status(), same.get().version());
            }
            Document previous = description.sourceUrl() == null ? null
                    : documents.findCurrentBySource(description.legislatureId(), description.sourceUrl()).orElse(null);
            Document document = new Document(description, stored, previous, clock.instant());
            if (previous != null) {
                previous.supersede(clock.instant());
                if (previous.text() != null) {
                    documents.addToOutbox(new SearchOutboxEntry(previous.id(), clock.instant()));
                }
            }
            documents.add(document);
            return new Receipt(document.id(), false, document.status(), document.version());
        });
    }

    private void queue(long documentId) {
        executor.execute(() -> {
            try {
                process(documentId);
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Fallo procesando el documento " + documentId, e);
            }
        });
    }

    /** Queues every document still waiting for extraction (after a restart, nothing received is lost). */
    public int resumePending() {
        List<Long> pending = database.inTransaction(em -> documents.idsAwaitingExtraction(100_000));
        pending.forEach(this::queue);
        return pending.size();
    }

    /** Extracts one received document and records the result with its outbox row. */
    public void process(long documentId) {
        Optional<String> sha = database.inTransaction(em -> documents.sha256AwaitingExtraction(documentId));
        if (sha.isEmpty()) {
            return;
        }
        Extraction extraction = extractor.extract(files.path(sha.get()));
        boolean outboxWritten = database.inTransaction(em -> {
            Document document = documents.find(documentId).orElseThrow();
            if (!document.awaitsExtraction()) {
                return false;
            }
            if (extraction.succeeded()) {
                document.extracted(extraction.text(), extraction.metadata(), extraction.truncated(), extraction.embeddedDocuments(),
                        clock.instant());
                document.completeFrom(extraction.metadata("akn:number").orElse(null), extraction.metadata("akn:title").orElse(null));
                document.inferMissing(DocumentInference.date(extraction.text(), extraction.metadata(), mx.parlamentoabierto.platform.PortalTime.today()),
                        DocumentInference.type(extraction.text(), extraction.metadata(), aknType(extraction.metadata("akn:docType").orElse(null))));
                documents.addToOutbox(new SearchOutboxEntry(document.id(), clock.instant()));
                return true;
            }
            document.failed(extraction.failureReason(), clock.instant());
            return false;
        });
        if (outboxWritten) {
            relay.requestRound();
        }
    }

    /** Akoma Ntoso document types mapped to this archive's types. */
    static mx.parlamentoabierto.document.domain.DocumentType aknType(String docType) {
        if (docType == null) {
            return null;
        }
        return switch (docType) {
            case "debate" -> mx.parlamentoabierto.document.domain.DocumentType.DIARIO_DEBATES;
            case "debateReport" -> mx.parlamentoabierto.document.domain.DocumentType.VERSION_ESTENOGRAFICA;
            case "bill" -> mx.parlamentoabierto.document.domain.DocumentType.INICIATIVA;
            case "act" -> mx.parlamentoabierto.document.domain.DocumentType.LEY_DECRETO;
            case "amendment" -> mx.parlamentoabierto.document.domain.DocumentType.DICTAMEN;
            default -> null;
        };
    }

    private void validate(DocumentDescription d) {
        if (d.legislatureId() == null || d.legislatureId().isBlank()) {
            throw new IllegalArgumentException("legislature: es obligatorio");
        }
        if (database.inTransaction(em -> legislatures.find(d.legislatureId())).isEmpty()) {
            throw new IllegalArgumentException("legislature: no existe la legislatura '" + d.legislatureId() + "'");
        }
        if (d.type() == null) {
            throw new IllegalArgumentException("type: es obligatorio");
        }
        if (d.title() == null || d.title().isBlank()) {
            throw new IllegalArgumentException("title: es obligatorio");
        }
        if (d.title().length() > 500) {
            throw new IllegalArgumentException("title: no puede pasar de 500 caracteres");
        }
        if (d.identifier() != null && d.identifier().length() > 100) {
            throw new IllegalArgumentException("identifier: no puede pasar de 100 caracteres");
        }
        if (d.date() != null && (d.date().getYear() < 1800 || d.date().isAfter(LocalDate.now(clock).plusYears(1)))) {
            throw new IllegalArgumentException("date: fecha fuera de rango (" + d.date() + ")");
        }
        if (d.originalFileName() == null || d.originalFileName().isBlank() || d.originalFileName().length() > 300) {
            throw new IllegalArgumentException("file: falta el nombre del archivo o pasa de 300 caracteres");
        }
        if (d.sourceUrl() != null) {
            try {
                URI uri = new URI(d.sourceUrl());
                if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null || d.sourceUrl().length() > 2000) {
                    throw new IllegalArgumentException("sourceUrl: debe ser una URL http(s) absoluta");
                }
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("sourceUrl: URL inválida (" + e.getMessage() + ")");
            }
        }
    }
}
