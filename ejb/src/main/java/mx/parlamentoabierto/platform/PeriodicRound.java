package mx.parlamentoabierto.platform;

import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A round of background work run every few seconds on an executor, whose failure is said once per cause, not every
 * round while it lasts (the search node down for an hour is one warning, and one line when it is back). A
 * {@link SearchUnavailableException} is a warning without a stack trace; anything else is severe with it.
 */
public final class PeriodicRound {

    private final Logger log;
    private final String what;
    private final long periodMillis;
    private final Runnable round;
    private String lastFailure;
    private ScheduledFuture<?> future;

    /** @param what the work in words, as the log says it ("Índice de intervenciones") */
    public PeriodicRound(Logger log, String what, long periodMillis, Runnable round) {
        this.log = log;
        this.what = what;
        this.periodMillis = periodMillis;
        this.round = round;
    }

    /** Runs a round every period on {@code executor}, the first at once. Idempotent. */
    public synchronized void start(ScheduledExecutorService executor) {
        if (future == null) {
            future = executor.scheduleWithFixedDelay(this::runQuietly, 0, periodMillis, TimeUnit.MILLISECONDS);
        }
    }

    public synchronized void stop() {
        if (future != null) {
            future.cancel(false);
            future = null;
        }
    }

    private void runQuietly() {
        try {
            round.run();
            if (lastFailure != null) {
                log.info(what + ": al día otra vez");
                lastFailure = null;
            }
        } catch (RuntimeException e) {
            if (!Objects.equals(lastFailure, e.getMessage())) {
                lastFailure = e.getMessage();
                boolean unavailable = e instanceof SearchUnavailableException;
                log.log(unavailable ? Level.WARNING : Level.SEVERE, what + ": se reintentará cada " + periodMillis + " ms: " + e.getMessage(),
                        unavailable ? null : e);
            }
        }
    }
}
