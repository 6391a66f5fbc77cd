package mx.parlamentoabierto.document.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import mx.parlamentoabierto.platform.PublicContentVersion;

/**
 * The document pages' share of {@link PublicContentVersion}: it moves when this instance changes a document's
 * description; another instance's changes show within the cache's maximum age (ADR 0015). Pages of documents still
 * being extracted are never kept (the page says so to the cache).
 */
@ApplicationScoped
public class DocumentsContentVersion implements PublicContentVersion {

    @Inject
    DocumentCorrections corrections;

    @Override
    public long current() {
        return corrections.changes();
    }
}
