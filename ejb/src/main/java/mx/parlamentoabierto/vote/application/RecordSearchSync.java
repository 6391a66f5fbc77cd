package mx.parlamentoabierto.vote.application;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.logging.Logger;

import mx.parlamentoabierto.legislator.application.LegislatorDirectory;
import mx.parlamentoabierto.platform.PeriodicRound;
import mx.parlamentoabierto.search.application.RecordIndex;
import mx.parlamentoabierto.search.domain.IndexedPerson;
import mx.parlamentoabierto.search.domain.IndexedVoteEvent;
import mx.parlamentoabierto.vote.domain.VoteEvent;
import mx.parlamentoabierto.vote.domain.VoteOption;
import mx.parlamentoabierto.vote.domain.VoteRepository;

/**
 * Keeps the search indices of vote events and legislators in line with the database, which stays their source. Its first
 * round indexes everything; later rounds (every {@value #PERIOD_MILLIS} ms once {@link #start started}) index the vote
 * events imported since, and every legislator again when persons or memberships changed. A round that cannot reach
 * Elasticsearch changes nothing and the next one tries again, so imports made while the node is down are found once it
 * is back.
 * <p>
 * Vote events are followed by import time. An import's transaction may commit after a later one's, so every round looks
 * {@link #OVERLAP} back and skips what it already indexed (same import time and content hash). Legislators are few (a
 * chamber's hundreds): when the count or latest change of persons, the count of memberships or this instance's Popolo
 * imports move, all are indexed again.
 */
@jakarta.enterprise.context.ApplicationScoped
public class RecordSearchSync {

    private static final Logger LOG = Logger.getLogger(RecordSearchSync.class.getName());
    /** How far back each round looks for imports that committed late. */
    static final Duration OVERLAP = Duration.ofMinutes(5);
    public static final long PERIOD_MILLIS = 2_000;
    private static final int BATCH = 500;

    /** What one round indexed. */
    public record Round(int voteEvents, int people) {
    }

    private VoteQueries queries;
    private LegislatorDirectory directory;
    private RecordIndex index;

    /** The newest import time indexed; null before the first complete round. */
    private Instant watermark;
    /** What was indexed of each vote event imported within {@link #OVERLAP} of the watermark. */
    private final Map<String, VoteRepository.ImportStamp> recent = new HashMap<>();
    private String peopleFingerprint;
    /** Popolo imports observed: an import may change a name without moving the counts or the newest update. */
    private final java.util.concurrent.atomic.AtomicLong peopleImports = new java.util.concurrent.atomic.AtomicLong();
    private final PeriodicRound rounds = new PeriodicRound(LOG, "Índices de votaciones y legisladores", PERIOD_MILLIS, () -> {
        Round round = synchronise();
        if (round.voteEvents() + round.people() > 0) {
            LOG.fine(() -> "Indexados: " + round.voteEvents() + " votaciones, " + round.people() + " legisladores");
        }
    });

    protected RecordSearchSync() {
        // CDI proxy
    }

    @jakarta.inject.Inject
    public RecordSearchSync(VoteQueries queries, LegislatorDirectory directory, RecordIndex index) {
        this.queries = queries;
        this.directory = directory;
        this.index = index;
    }

    public void peopleImported(@jakarta.enterprise.event.Observes mx.parlamentoabierto.legislator.domain.PeopleImported event) {
        peopleImports.incrementAndGet();
    }

    /** Runs a round every {@value #PERIOD_MILLIS} ms on {@code executor}; call once the indices exist. Idempotent. */
    public void start(ScheduledExecutorService executor) {
        rounds.start(executor);
    }

    public void stop() {
        rounds.stop();
    }

    /** One round; throws SearchUnavailableException (and indexes nothing more) when the node cannot be reached. */
    public synchronized Round synchronise() {
        return new Round(synchroniseVoteEvents(), synchronisePeople());
    }

    private int synchroniseVoteEvents() {
        Instant since = watermark == null ? Instant.EPOCH : watermark.minus(OVERLAP);
        List<VoteRepository.ImportStamp> stamps = queries.importedSince(since);
        List<VoteRepository.ImportStamp> changed = stamps.stream().filter(s -> !s.equals(recent.get(s.id()))).toList();
        Instant newest = watermark;
        int indexed = 0;
        for (int from = 0; from < changed.size(); from += BATCH) {
            List<VoteRepository.ImportStamp> part = changed.subList(from, Math.min(changed.size(), from + BATCH));
            List<VoteEvent> events = queries.events(part.stream().map(VoteRepository.ImportStamp::id).toList());
            index.indexVoteEvents(events.stream().map(RecordSearchSync::indexed).toList());
            indexed += events.size();
            for (VoteRepository.ImportStamp stamp : part) {
                recent.put(stamp.id(), stamp);
            }
        }
        for (VoteRepository.ImportStamp stamp : stamps) {
            newest = newest == null || stamp.importedAt().isAfter(newest) ? stamp.importedAt() : newest;
        }
        watermark = newest == null ? Instant.EPOCH : newest;
        Instant keepFrom = watermark.minus(OVERLAP);
        recent.values().removeIf(stamp -> stamp.importedAt().isBefore(keepFrom));
        return indexed;
    }

    private int synchronisePeople() {
        String fingerprint = directory.fingerprint() + "/" + peopleImports.get();
        if (fingerprint.equals(peopleFingerprint)) {
            return 0;
        }
        List<LegislatorDirectory.Entry> entries = directory.search(new LegislatorDirectory.Query(null, null, null, null, null, null, 0,
                Integer.MAX_VALUE)).entries();
        List<IndexedPerson> people = new ArrayList<>(entries.size());
        for (LegislatorDirectory.Entry e : entries) {
            people.add(new IndexedPerson(e.personId(), e.legislatureId(), e.name(), e.sortName(), e.image(), e.termId(), e.groupName(),
                    e.areaName(), e.stateName(), e.district()));
        }
        index.indexPeople(people);
        peopleFingerprint = fingerprint;
        return people.size();
    }

    static IndexedVoteEvent indexed(VoteEvent e) {
        Map<String, Integer> counts = new HashMap<>();
        for (VoteOption option : VoteOption.values()) {
            counts.put(option.code(), e.tally().of(option));
        }
        return new IndexedVoteEvent(e.id(), e.legislatureId(), e.termId(), e.identifier(), e.date(), e.title(), e.period(), e.result(),
                counts, e.countsAgree());
    }
}
