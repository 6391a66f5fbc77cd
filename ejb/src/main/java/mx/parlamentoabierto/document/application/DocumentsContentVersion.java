package mx.parlamentoabierto.document.application;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import mx.parlamentoabierto.document.domain.DocumentDescribed;
import mx.parlamentoabierto.platform.PublicContentVersion;

/**
 * The document pages' share of {@link PublicContentVersion}: it moves when a document's description is corrected
 * (observed after the commit); another instance's corrections show within the cache's maximum age (ADR 0015) until
 * events cross instances. Pages of documents still being extracted are never kept (the page says so to the cache).
 */
@ApplicationScoped
public class DocumentsContentVersion implements PublicContentVersion {

    private final AtomicLong changes = new AtomicLong();

    public void described(@Observes DocumentDescribed event) {
        changes.incrementAndGet();
    }

    @Override
    public long current() {
        return changes.get();
    }
}
