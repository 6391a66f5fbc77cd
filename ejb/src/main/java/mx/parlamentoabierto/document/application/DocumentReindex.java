package mx.parlamentoabierto.document.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import mx.parlamentoabierto.document.domain.Document;
import mx.parlamentoabierto.document.domain.DocumentRepository;
import mx.parlamentoabierto.document.domain.SearchOutboxEntry;
import mx.parlamentoabierto.legislature.domain.LegislatureRepository;
import mx.parlamentoabierto.platform.persistence.Database;
import mx.parlamentoabierto.search.application.DocumentIndex;
import mx.parlamentoabierto.search.domain.IndexedDocument;

/**
 * Rebuilds the archive's index from the database into a new index, switches the alias atomically (search
 * keeps answering from the old index until then), and queues again any document that changed while the
 * rebuild ran, so nothing written meanwhile is missing from the new index.
 */
@jakarta.enterprise.context.ApplicationScoped
public class DocumentReindex {

    private static final int BATCH = 500;

    private Database database;
    private DocumentRepository documents;
    private LegislatureRepository legislatures;
    private DocumentIndex index;
    private Clock clock;

    protected DocumentReindex() {
        // CDI proxy
    }

    @jakarta.inject.Inject
    public DocumentReindex(Database database, DocumentRepository documents, LegislatureRepository legislatures, DocumentIndex index,
            Clock clock) {
        this.database = database;
        this.documents = documents;
        this.legislatures = legislatures;
        this.index = index;
        this.clock = clock;
    }

    /**
     * Rebuilds when the index behind the alias has an older mapping version than the configuration's (a portal
     * upgraded to new index options): the archive moves to the new mapping through the same atomic alias switch.
     *
     * @return the new index's name, or empty when the index was current
     */
    public java.util.Optional<String> rebuildIfOutdated(Consumer<Integer> progress) {
        return index.needsRebuild() ? java.util.Optional.of(rebuild(progress)) : java.util.Optional.empty();
    }

    /**
     * Reads the archive in batches, each in its own unit of work (a unit holds what it reads until it ends, and the
     * archive is larger than memory), then queues the documents changed meanwhile.
     *
     * @return the new index's name
     */
    public String rebuild(Consumer<Integer> progress) {
        Instant start = clock.instant();
        long[] after = {0};
        String name = index.rebuild(() -> nextBatch(after), progress);
        try (Database.Unit unit = database.open()) {
            documents.idsWithTextChangedSince(start)
                    .forEach(id -> documents.addToOutbox(new SearchOutboxEntry(id, clock.instant())));
            unit.commit();
        }
        return name;
    }

    private List<IndexedDocument> nextBatch(long[] after) {
        try (Database.Unit unit = database.open()) {
            List<Document> batch = documents.findAll(documents.idsWithText(after[0], BATCH));
            List<IndexedDocument> indexed = new ArrayList<>(batch.size());
            Function<Document, IndexedDocument> toIndexed = SearchOutboxRelay.indexing(legislatures);
            for (Document d : batch) {
                indexed.add(toIndexed.apply(d));
                after[0] = Math.max(after[0], d.id());
            }
            unit.commit();
            return indexed;
        }
    }
}
