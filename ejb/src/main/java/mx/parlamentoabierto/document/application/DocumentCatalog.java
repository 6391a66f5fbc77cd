package mx.parlamentoabierto.document.application;

import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import mx.parlamentoabierto.document.domain.Document;
import mx.parlamentoabierto.document.domain.DocumentRepository;
import mx.parlamentoabierto.document.domain.DocumentStatus;
import mx.parlamentoabierto.platform.persistence.Database;

/** Reading the archive: one document with its text and history, and where the pipeline stands. */
@ApplicationScoped
public class DocumentCatalog {

    private Database database;
    private DocumentRepository documents;

    protected DocumentCatalog() {
        // CDI proxy
    }

    @Inject
    public DocumentCatalog(Database database, DocumentRepository documents) {
        this.database = database;
        this.documents = documents;
    }

    /** The document with its text and status history loaded. */
    /** The current documents dated within [from, to] (a sitting's documents: from = to = its date). */
    public java.util.List<mx.parlamentoabierto.document.domain.DocumentSummary> between(String legislatureId, java.time.LocalDate from,
            java.time.LocalDate to, int limit) {
        return database.inTransaction(em -> documents.currentBetween(legislatureId, from, to, limit));
    }

    public Optional<Document> find(long id) {
        return database.inTransaction(em -> documents.find(id).map(d -> {
            d.history().size();
            if (d.text() != null) {
                d.text().length();
            }
            return d;
        }));
    }

    /** A legislature's newest documents (without their text), for its feed. */
    public java.util.List<mx.parlamentoabierto.document.domain.DocumentSummary> newest(String legislatureId, int limit) {
        return database.inTransaction(em -> documents.newest(legislatureId, limit));
    }

    /** Documents per status and rows waiting for the search index. */
    public record PipelineStatus(Map<DocumentStatus, Long> documents, long pendingIndexing) {
    }

    public PipelineStatus status() {
        return database.inTransaction(em -> new PipelineStatus(documents.countByStatus(), documents.outboxSize()));
    }
}
