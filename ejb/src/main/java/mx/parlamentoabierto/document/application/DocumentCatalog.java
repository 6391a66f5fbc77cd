package mx.parlamentoabierto.document.application;

import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import mx.parlamentoabierto.document.domain.Document;
import mx.parlamentoabierto.document.domain.DocumentRepository;
import mx.parlamentoabierto.document.domain.DocumentStatus;
import mx.parlamentoabierto.platform.persistence.UnitOfWork;

/** Reading the archive: one document with its text and history, and where the pipeline stands. */
@ApplicationScoped
public class DocumentCatalog {

    private DocumentRepository documents;

    protected DocumentCatalog() {
        // CDI proxy
    }

    @Inject
    public DocumentCatalog(DocumentRepository documents) {
        this.documents = documents;
    }

    /** The document with its text and status history loaded. */
    /** The current documents dated within [from, to] (a sitting's documents: from = to = its date). */
    @UnitOfWork
    public java.util.List<mx.parlamentoabierto.document.domain.DocumentSummary> between(String legislatureId, java.time.LocalDate from,
            java.time.LocalDate to, int limit) {
        return documents.currentBetween(legislatureId, from, to, limit);
    }

    @UnitOfWork
    public Optional<Document> find(long id) {
        return documents.find(id).map(d -> {
            d.history().size();
            if (d.text() != null) {
                d.text().length();
            }
            return d;
        });
    }

    /** A legislature's newest documents (without their text), for its feed. */
    @UnitOfWork
    public java.util.List<mx.parlamentoabierto.document.domain.DocumentSummary> newest(String legislatureId, int limit) {
        return documents.newest(legislatureId, limit);
    }

    /** Documents per status and rows waiting for the search index. */
    public record PipelineStatus(Map<DocumentStatus, Long> documents, long pendingIndexing) {
    }

    @UnitOfWork
    public PipelineStatus status() {
        return new PipelineStatus(documents.countByStatus(), documents.outboxSize());
    }
}
