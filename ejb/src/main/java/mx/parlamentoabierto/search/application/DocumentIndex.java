package mx.parlamentoabierto.search.application;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import mx.parlamentoabierto.search.domain.BulkOutcome;
import mx.parlamentoabierto.search.domain.DocumentQuery;
import mx.parlamentoabierto.search.domain.DocumentSearchResult;
import mx.parlamentoabierto.search.domain.IndexedDocument;

/** The port to the archive's search index. */
public interface DocumentIndex {

    /** An item to index and the caller's id for it (the outbox row), reported back in the outcome. */
    record Item(long contextId, IndexedDocument document) {
    }

    /** Indexes the items in bulk and reports every item's outcome. Never throws for a node that is down. */
    BulkOutcome index(List<Item> items);

    DocumentSearchResult search(DocumentQuery query);

    /**
     * True when the index behind the alias has an older mapping than the configuration's: the archive must be
     * rebuilt from the database into the new version (the alias switches when it is complete).
     */
    boolean needsRebuild();

    /** Documents in the index (through the alias). */
    long count();

    /**
     * Builds a new index from {@code batches} (called until it returns an empty list), then points the alias
     * at it atomically and deletes the previous one; searches keep answering from the old index meanwhile.
     *
     * @return the new index's name
     */
    String rebuild(Supplier<List<IndexedDocument>> batches, Consumer<Integer> progress);
}
