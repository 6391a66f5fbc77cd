package mx.parlamentoabierto.document.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * When the relay's rounds start after {@link SearchOutboxRelay#requestRound}: {@link SearchOutboxRelay#GATHER_MILLIS} later,
 * with the requests made meanwhile joining that round. The executor records each round's delay and holds the round back,
 * so what is checked is the schedule, not the round (DocumentPipelineIT runs rounds end to end).
 */
class SearchOutboxRelayTest {

    /** A real single-thread scheduler whose scheduled rounds are recorded and never run. */
    private static final class RecordingScheduler extends ScheduledThreadPoolExecutor {
        final List<Long> delaysMillis = new CopyOnWriteArrayList<>();

        RecordingScheduler() {
            super(1);
        }

        @Override
        public ScheduledFuture<?> schedule(Runnable round, long delay, TimeUnit unit) {
            delaysMillis.add(unit.toMillis(delay));
            return super.schedule(() -> { }, 1, TimeUnit.HOURS);
        }
    }

    private final RecordingScheduler rounds = new RecordingScheduler();
    private final SearchOutboxRelay relay = new SearchOutboxRelay(null, null, null, null, Clock.systemUTC(), rounds);

    @AfterEach
    void stop() {
        rounds.shutdownNow();
    }

    @Test
    void aRequestedRoundWaitsTheGatherTimeAndRequestsMadeMeanwhileJoinIt() {
        relay.requestRound();
        relay.requestRound();
        relay.requestRound();

        assertEquals(List.of(SearchOutboxRelay.GATHER_MILLIS), rounds.delaysMillis, "one round, gathered, for the three requests");
    }
}
