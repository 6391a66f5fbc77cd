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
import mx.parlamentoabierto.document.domain.DocumentExtracted;
import mx.parlamentoabierto.document.domain.DocumentInference;
import mx.parlamentoabierto.document.domain.DocumentRepository;
import mx.parlamentoabierto.document.domain.DocumentSuperseded;
import mx.parlamentoabierto.document.domain.SearchOutboxEntry;
import mx.parlamentoabierto.document.domain.StoredFile;
import mx.parlamentoabierto.legislature.domain.LegislatureRepository;
import mx.parlamentoabierto.platform.events.ApplicationEvents;
import mx.parlamentoabierto.platform.persistence.Database;

/**
 * The archive's ingestion pipeline. {@link #receive} validates the description, stores the bytes and records
 * the document (or answers with the existing one for identical bytes) and queues it; {@link #process}
 * extracts its text in a Tika worker and, in the same transaction as the result, writes the search outbox
 * row the relay will push to Elasticsearch. The database is the source of truth at every step: documents
 * received before a restart are picked up again by {@link #resumePending}.
 */
@jakarta.enterprise.context.ApplicationScoped
public class DocumentIngestion {

    private static final Logger LOG = Logger.getLogger(DocumentIngestion.class.getName());

    private Database database;
    private DocumentRepository documents;
    private LegislatureRepository legislatures;
    private FileStore files;
    private TextExtractor extractor;
    private Executor executor;
    private ApplicationEvents events;
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
     * @param events   told when a transaction wrote the search outbox (the relay's wake-up observes it)
     */
    @jakarta.inject.Inject
    public DocumentIngestion(Database database, DocumentRepository documents, LegislatureRepository legislatures, FileStore files,
            TextExtractor extractor, @ExtractionThreads Executor executor, ApplicationEvents events, Clock clock) {
        this.database = database;
        this.documents = documents;
        this.legislatures = legislatures;
        this.files = files;
        this.extractor = extractor;
        this.executor = executor;
        this.events = events;
        this.clock = clock;
    }

    /** Validates, stores and records an upload, then queues its extraction. */
    public Receipt receive(DocumentDescription description, InputStream content) {
        return receive(description, content, null);
    }

    /** @param parentId the container this document was unpacked from, or null */
    private Receipt receive(DocumentDescription description, InputStream content, Long parentId) {
        validate(description);
        StoredFile stored = files.store(content, description.originalFileName());
        Receipt receipt;
        try {
            receipt = record(description, stored, parentId);
        } catch (RuntimeException e) {
            // Two uploads of the same bytes at once: the loser hits the unique SHA-256 and is a duplicate.
            Optional<Document> winner;
            try (Database.Unit unit = database.open()) {
                winner = documents.findBySha256(stored.sha256());
                unit.commit();
            }
            if (winner.isEmpty()) {
                throw e;
            }
            receipt = new Receipt(winner.get().id(), true, winner.get().status(), winner.get().version());
        }
        if (!receipt.duplicate()) {
            if (receipt.version() > 1) {
                events.publish(new DocumentSuperseded(receipt.documentId())); // re-indexed as no longer current
            }
            long id = receipt.documentId();
            database.afterCommit(() -> queue(id)); // at once, or when the caller's unit of work commits the record
        }
        return receipt;
    }

    private Receipt record(DocumentDescription description, StoredFile stored, Long parentId) {
        try (Database.Unit unit = database.open()) { // committed before the extraction is queued
            Optional<Document> same = documents.findBySha256(stored.sha256());
            if (same.isPresent()) {
                unit.commit();
                return new Receipt(same.get().id(), true, same.get().status(), same.get().version());
            }
            Document previous = description.sourceUrl() == null ? null
                    : documents.findCurrentBySource(description.legislatureId(), description.sourceUrl()).orElse(null);
            Document document = new Document(description, stored, previous, clock.instant());
            document.unpackedFrom(parentId);
            if (previous != null) {
                previous.supersede(clock.instant());
                if (previous.text() != null) {
                    documents.addToOutbox(new SearchOutboxEntry(previous.id(), clock.instant()));
                }
            }
            documents.add(document);
            unit.commit();
            return new Receipt(document.id(), false, document.status(), document.version());
        }
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
        List<Long> pending;
        try (Database.Unit unit = database.open()) {
            pending = documents.idsAwaitingExtraction(100_000);
            unit.commit();
        }
        pending.forEach(this::queue);
        return pending.size();
    }

    /** Media types whose children become documents of their own (archives, mailboxes, e-mails with attachments). */
    static final java.util.Set<String> CONTAINERS = java.util.Set.of("application/zip", "application/x-7z-compressed", "application/x-rar-compressed",
            "application/vnd.rar", "application/mbox", "message/rfc822");
    /** Levels of containers unpacked (an archive in an archive in an archive…); deeper ones keep their text only. */
    static final int MAX_UNPACK_DEPTH = 5;

    /**
     * Extracts one received document and records the result with its outbox row. A container (an archive, an mbox, an
     * e-mail) is first unpacked: each child is received as a document of its own linked to it (and unpacked in turn, up
     * to {@value #MAX_UNPACK_DEPTH} levels); the container keeps its own text (an e-mail its message, an archive the
     * names of its entries). Unpacking again after a crash finds the children already stored (same bytes).
     */
    public void process(long documentId) {
        Optional<Document> pending;
        try (Database.Unit unit = database.open()) { // no unit is held while the file is read: extraction takes seconds
            pending = documents.find(documentId).filter(Document::awaitsExtraction);
            unit.commit();
        }
        if (pending.isEmpty()) {
            return;
        }
        Document container = pending.get();
        java.nio.file.Path file = files.path(container.sha256());
        Extraction extraction;
        if (CONTAINERS.contains(container.mediaType()) && depth(container) < MAX_UNPACK_DEPTH) {
            List<String> notes = new java.util.ArrayList<>();
            List<String> names = new java.util.ArrayList<>();
            try (Unpacked unpacked = extractor.unpack(file)) {
                for (Unpacked.Entry entry : unpacked.entries()) {
                    names.add(entry.name());
                    String name = entry.name().length() > 300 ? entry.name().substring(entry.name().length() - 300) : entry.name();
                    try (InputStream in = java.nio.file.Files.newInputStream(entry.file())) {
                        receive(new DocumentDescription(container.legislatureId(), container.typeSource() == null ? container.type()
                                : mx.parlamentoabierto.document.domain.DocumentType.OTRO, container.dateSource() == null ? container.date() : null,
                                name.length() > 500 ? name.substring(0, 500) : name, null, null, name), in, container.id());
                    } catch (RuntimeException | java.io.IOException e) {
                        notes.add(entry.name() + ": " + e.getMessage());
                    }
                }
                if (unpacked.cut() != null) {
                    notes.add(unpacked.cut());
                }
            }
            extraction = withEntries(extractor.extractOwnText(file), names, notes);
        } else {
            extraction = extractor.extract(file);
        }
        try (Database.Unit unit = database.open()) {
            Document document = documents.find(documentId).orElseThrow();
            if (!document.awaitsExtraction()) {
                return;
            }
            if (extraction.succeeded()) {
                document.extracted(extraction.text(), extraction.metadata(), extraction.truncated(), extraction.embeddedDocuments(),
                        clock.instant());
                document.completeFrom(extraction.metadata("akn:number").orElse(null), extraction.metadata("akn:title").orElse(null));
                document.inferMissing(DocumentInference.date(extraction.text(), extraction.metadata(), mx.parlamentoabierto.platform.PortalTime.today()),
                        DocumentInference.type(extraction.text(), extraction.metadata(), aknType(extraction.metadata("akn:docType").orElse(null))),
                        DocumentInference.title(extraction.text(), extraction.metadata(), document.originalFileName()));
                documents.addToOutbox(new SearchOutboxEntry(document.id(), clock.instant()));
                events.publish(new DocumentExtracted(document.id()));
            } else {
                document.failed(extraction.failureReason(), clock.instant());
            }
            unit.commit();
        }
    }

    /** How many containers up this document's line goes (0 for an upload). */
    private int depth(Document document) {
        int depth = 0;
        Long parent = document.parentDocumentId();
        while (parent != null && depth <= MAX_UNPACK_DEPTH) {
            long id = parent;
            try (Database.Unit unit = database.open()) {
                parent = documents.find(id).map(Document::parentDocumentId).orElse(null);
                unit.commit();
            }
            depth++;
        }
        return depth;
    }

    /**
     * A container's extraction with the names of its entries added to its text (so the archive itself is found by
     * them) and, as a truncation, the entries that could not be taken.
     */
    static Extraction withEntries(Extraction own, List<String> names, List<String> notes) {
        if (!own.succeeded()) {
            return own;
        }
        StringBuilder text = new StringBuilder(own.text());
        if (!names.isEmpty()) {
            text.append(text.length() == 0 ? "" : "\n\n").append("Contiene: ").append(String.join("; ", names));
        }
        java.util.Map<String, String> metadata = new java.util.HashMap<>(own.metadata());
        boolean truncated = own.truncated();
        if (!notes.isEmpty()) {
            String before = metadata.get("truncation");
            metadata.put("truncation", (before == null ? "" : before + "; ") + "entradas no tomadas: " + String.join("; ", notes));
            truncated = true;
        }
        return Extraction.success(text.toString(), metadata, truncated, names.size());
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
        try (Database.Unit unit = database.open()) {
            if (legislatures.find(d.legislatureId()).isEmpty()) {
                throw new IllegalArgumentException("legislature: no existe la legislatura '" + d.legislatureId() + "'");
            }
            unit.commit();
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
            mx.parlamentoabierto.platform.HttpUrl.problem(d.sourceUrl()).ifPresent(problem -> {
                throw new IllegalArgumentException("sourceUrl: " + problem);
            });
        }
    }
}
