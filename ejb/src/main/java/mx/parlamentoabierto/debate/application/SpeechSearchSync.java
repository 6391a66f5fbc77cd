package mx.parlamentoabierto.debate.application;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import mx.parlamentoabierto.debate.domain.DebateRepository;
import mx.parlamentoabierto.debate.domain.Speech;
import mx.parlamentoabierto.search.application.SpeechIndex;
import mx.parlamentoabierto.search.domain.IndexedSpeech;
import mx.parlamentoabierto.platform.PeriodicRound;

/**
 * Keeps the speeches index in line with the database, which stays its source, as the records' index is kept
 * ({@code RecordSearchSync}): the first round indexes every debate; later rounds (every {@value #PERIOD_MILLIS} ms once
 * {@link #start started}) the debates imported since, looking {@link #OVERLAP} back for transactions that committed late
 * and skipping what they already indexed. A round that cannot reach Elasticsearch changes nothing; the next one tries
 * again, so debates imported while the node is down are found once it is back.
 */
@ApplicationScoped
public class SpeechSearchSync {

    private static final Logger LOG = Logger.getLogger(SpeechSearchSync.class.getName());
    static final Duration OVERLAP = Duration.ofMinutes(5);
    public static final long PERIOD_MILLIS = 2_000;
    /** Debates per round's batch: a sitting holds a few hundred speeches. */
    private static final int BATCH = 20;

    private DebateQueries queries;
    private SpeechIndex index;

    private Instant watermark;
    private final Map<String, DebateRepository.ImportStamp> recent = new HashMap<>();
    private final PeriodicRound rounds = new PeriodicRound(LOG, "Índice de intervenciones", PERIOD_MILLIS, this::synchronise);

    protected SpeechSearchSync() {
        // CDI proxy
    }

    @Inject
    public SpeechSearchSync(DebateQueries queries, SpeechIndex index) {
        this.queries = queries;
        this.index = index;
    }

    /** Runs a round every {@value #PERIOD_MILLIS} ms on {@code executor}; call once the indices exist. Idempotent. */
    public void start(ScheduledExecutorService executor) {
        rounds.start(executor);
    }

    public void stop() {
        rounds.stop();
    }

    /** One round: the number of speeches indexed. Throws SearchUnavailableException when the node cannot be reached. */
    public synchronized int synchronise() {
        Instant since = watermark == null ? Instant.EPOCH : watermark.minus(OVERLAP);
        List<DebateRepository.ImportStamp> stamps = queries.importedSince(since);
        List<DebateRepository.ImportStamp> changed = stamps.stream().filter(s -> !s.equals(recent.get(s.id()))).toList();
        int indexed = 0;
        for (int from = 0; from < changed.size(); from += BATCH) {
            List<DebateRepository.ImportStamp> part = changed.subList(from, Math.min(changed.size(), from + BATCH));
            List<String> ids = part.stream().map(DebateRepository.ImportStamp::id).toList();
            List<IndexedSpeech> speeches = new ArrayList<>();
            for (String id : ids) {
                List<Speech> of = queries.speechesOf(id);
                Map<String, String> groups = queries.groupNames(of);
                of.stream().filter(s -> !s.isStageDirection() && s.words() > 0).forEach(s -> speeches.add(indexed(s, groups)));
            }
            index.replaceDebates(ids, speeches);
            indexed += speeches.size();
            part.forEach(stamp -> recent.put(stamp.id(), stamp));
        }
        Instant newest = watermark;
        for (DebateRepository.ImportStamp stamp : stamps) {
            newest = newest == null || stamp.importedAt().isAfter(newest) ? stamp.importedAt() : newest;
        }
        watermark = newest == null ? Instant.EPOCH : newest;
        Instant keepFrom = watermark.minus(OVERLAP);
        recent.values().removeIf(stamp -> stamp.importedAt().isBefore(keepFrom));
        return indexed;
    }

    static IndexedSpeech indexed(Speech s, Map<String, String> groupNames) {
        return new IndexedSpeech(s.id(), s.debateId(), s.position(), s.legislatureId(), s.termId(), s.date(), s.personId(), s.displayName(),
                s.groupId(), s.groupId() == null ? null : groupNames.get(s.groupId()), s.role().code(), s.heading(), s.headingCategory(), s.text(),
                s.words());
    }
}
