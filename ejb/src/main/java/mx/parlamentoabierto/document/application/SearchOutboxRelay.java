package mx.parlamentoabierto.document.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import mx.parlamentoabierto.document.domain.Document;
import mx.parlamentoabierto.document.domain.DocumentRepository;
import mx.parlamentoabierto.document.domain.DocumentStatus;
import mx.parlamentoabierto.document.domain.SearchOutboxEntry;
import mx.parlamentoabierto.legislature.domain.Legislature;
import mx.parlamentoabierto.legislature.domain.LegislatureRepository;
import mx.parlamentoabierto.platform.persistence.Database;
import mx.parlamentoabierto.search.application.DocumentIndex;
import mx.parlamentoabierto.search.domain.BulkOutcome;
import mx.parlamentoabierto.search.domain.IndexedDocument;

/**
 * Pushes due outbox rows to the search index and settles each one: indexed → document INDEXED and row
 * removed; rejected by Elasticsearch → document FAILED with the reason and row removed; not sent (node down,
 * 429 after retries) → row kept and tried again later with a growing delay. Index ids are deterministic,
 * so a row sent twice never duplicates a document.
 *
 * <p>Rounds run when asked: {@link #requestRound} is called right after a transaction writes outbox rows; the
 * round starts {@value #GATHER_MILLIS} ms later and every request made meanwhile joins it, so a busy import
 * is sent in batches (one bulk request per round instead of one per document) and an idle archive costs
 * nothing. {@link #start} adds a round every {@value #PERIOD_MILLIS} ms on the same thread, which retries
 * postponed rows and picks up rows written by another instance.
 */
@jakarta.enterprise.context.ApplicationScoped
public class SearchOutboxRelay {

    private static final Logger LOG = Logger.getLogger(SearchOutboxRelay.class.getName());
    private static final int BATCH = 200;
    /** How long a requested round waits for more rows: short for a person, long enough to batch an import. */
    public static final long GATHER_MILLIS = 100;
    /** How often a round also runs on its own once {@link #start started} (an idle round is one indexed query). */
    public static final long PERIOD_MILLIS = 1000;

    private Database database;
    private DocumentRepository documents;
    private LegislatureRepository legislatures;
    private DocumentIndex index;
    private Clock clock;
    private ScheduledExecutorService rounds;
    private final AtomicBoolean roundRequested = new AtomicBoolean();

    protected SearchOutboxRelay() {
        // CDI proxy
    }

    /** A relay that runs only when {@link #relayDue} is called (tests that control every round). */
    public SearchOutboxRelay(Database database, DocumentRepository documents, LegislatureRepository legislatures, DocumentIndex index,
            Clock clock) {
        this(database, documents, legislatures, index, clock, null);
    }

    /**
     * @param rounds runs the rounds asked for with {@link #requestRound}; one thread is enough, as rounds
     *               never overlap
     */
    @jakarta.inject.Inject
    public SearchOutboxRelay(Database database, DocumentRepository documents, LegislatureRepository legislatures, DocumentIndex index,
            Clock clock, @RelayThread ScheduledExecutorService rounds) {
        this.database = database;
        this.documents = documents;
        this.legislatures = legislatures;
        this.index = index;
        this.clock = clock;
        this.rounds = rounds;
    }

    /**
     * Asks for a round in {@value #GATHER_MILLIS} ms; call it after committing outbox rows. A request made while
     * another is waiting joins it. The flag is cleared when the round starts, before it reads the outbox, so rows committed
     * after that read always get a round of their own.
     */
    public void requestRound() {
        if (rounds == null || !roundRequested.compareAndSet(false, true)) {
            return;
        }
        try {
            rounds.schedule(() -> {
                roundRequested.set(false);
                runRound();
            }, GATHER_MILLIS, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // shutting down: the rows stay in the outbox for the next start
            roundRequested.set(false);
        }
    }

    /** Starts the round every {@value #PERIOD_MILLIS} ms; it stops with the executor given to the constructor. */
    public void start() {
        if (rounds == null) {
            throw new IllegalStateException("this relay has no executor: it runs only when relayDue is called");
        }
        rounds.scheduleWithFixedDelay(this::runRound, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void runRound() {
        try {
            relayDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Relevo al índice de búsqueda: " + e.getMessage(), e);
        }
    }

    /** One round with the current time; returns how many documents were indexed. */
    public int relayDue() {
        return relayDue(clock.instant());
    }

    /** One round of rows due at {@code now} (a later instant also takes postponed rows). */
    public synchronized int relayDue(Instant now) {
        int indexed = 0;
        while (true) {
            List<DocumentIndex.Item> items = new ArrayList<>();
            Map<Long, Long> documentByEntry = new HashMap<>();
            try (Database.Unit unit = database.open()) { // no unit is held while Elasticsearch indexes
                List<SearchOutboxEntry> due = documents.dueOutbox(now, BATCH);
                Map<Long, Document> byId = documentsById(due.stream().map(SearchOutboxEntry::documentId).toList());
                Function<Document, IndexedDocument> toIndexed = indexing(legislatures);
                for (SearchOutboxEntry entry : due) {
                    documentByEntry.put(entry.id(), entry.documentId());
                    items.add(new DocumentIndex.Item(entry.id(), toIndexed.apply(byId.get(entry.documentId()))));
                }
                unit.commit();
            }
            if (items.isEmpty()) {
                return indexed;
            }
            BulkOutcome outcome = index.index(items);
            Instant settledAt = clock.instant();
            // Settled in one transaction with two queries (the rows still there, their documents), not two lookups per row.
            try (Database.Unit unit = database.open()) {
                Map<Long, Document> byId = documentsById(documentByEntry.values());
                for (SearchOutboxEntry entry : documents.findOutbox(documentByEntry.keySet())) {
                    Document document = byId.get(entry.documentId()); // never absent: the row's foreign key cascades deletes
                    if (outcome.indexed().contains(entry.id())) {
                        if (document.status() == DocumentStatus.EXTRACTED) {
                            document.indexed(settledAt);
                        }
                        documents.removeFromOutbox(entry);
                    } else if (outcome.rejected().containsKey(entry.id())) {
                        document.failed("Elasticsearch rechazó el documento: " + outcome.rejected().get(entry.id()), settledAt);
                        documents.removeFromOutbox(entry);
                    } else {
                        entry.postpone(outcome.retryLater().get(entry.id()), settledAt);
                    }
                }
                unit.commit();
            }
            indexed += outcome.indexed().size();
            if (!outcome.retryLater().isEmpty()) {
                LOG.warning(() -> outcome.retryLater().size() + " documentos quedan pendientes de indexar; se reintentará: "
                        + outcome.retryLater().values().iterator().next());
                return indexed;
            }
        }
    }

    /** The documents with these ids (repeats allowed), in one query; call inside a transaction. */
    private Map<Long, Document> documentsById(Collection<Long> ids) {
        return documents.findAll(ids.stream().distinct().toList()).stream().collect(Collectors.toMap(Document::id, Function.identity()));
    }

    /**
     * Documents as the index stores them, with their legislature's name (looked up once per legislature for
     * the lifetime of the returned function: use one per unit of work). Also used by {@link DocumentReindex}.
     */
    static Function<Document, IndexedDocument> indexing(LegislatureRepository legislatures) {
        Map<String, String> names = new HashMap<>();
        return d -> new IndexedDocument(d.id(), d.legislatureId(),
                names.computeIfAbsent(d.legislatureId(), id -> legislatures.find(id).map(Legislature::name).orElse(id)), d.type().code(),
                d.date(), d.title(), d.identifier(), d.sourceUrl(), d.originalFileName(), d.mediaType(), d.version(), d.current(), d.text());
    }

    public long pending() {
        try (Database.Unit unit = database.open()) {
            long size = documents.outboxSize();
            unit.commit();
            return size;
        }
    }
}
