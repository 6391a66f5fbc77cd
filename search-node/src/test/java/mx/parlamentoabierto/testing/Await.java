package mx.parlamentoabierto.testing;

import java.time.Duration;
import java.util.function.Predicate;

/**
 * The one way a test waits for something another thread or process does: ask again every {@value #EVERY_MILLIS} ms
 * until the answer is the one wanted, and fail — naming what was awaited and the last answer — when the deadline
 * passes. A wait never carries on silently.
 */
public final class Await {

    static final long EVERY_MILLIS = 200;

    private Await() {
    }

    /** A question asked again until its answer will do; it may throw (a request, a query). */
    @FunctionalInterface
    public interface Probe<T> {
        T ask() throws Exception;
    }

    /** @return the first answer that satisfies {@code done} */
    public static <T> T await(Probe<T> probe, Predicate<? super T> done, Duration deadline, String awaited) {
        long end = System.nanoTime() + deadline.toNanos();
        T last = null;
        Exception lastFailure = null;
        while (true) {
            try {
                last = probe.ask();
                lastFailure = null;
                if (done.test(last)) {
                    return last;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + awaited, e);
            } catch (Exception e) {
                lastFailure = e;
            }
            if (System.nanoTime() - end > 0) {
                AssertionError failure = new AssertionError(awaited + ": not within " + deadline.toSeconds() + " s (last answer: "
                        + (lastFailure != null ? lastFailure : abbreviated(last)) + ")");
                if (lastFailure != null) {
                    failure.initCause(lastFailure);
                }
                throw failure;
            }
            try {
                Thread.sleep(EVERY_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + awaited, e);
            }
        }
    }

    /** Waits until {@code condition} answers true. */
    public static void await(Probe<Boolean> condition, Duration deadline, String awaited) {
        await(condition, Boolean.TRUE::equals, deadline, awaited);
    }

    private static String abbreviated(Object answer) {
        String text = String.valueOf(answer);
        return text.length() <= 500 ? text : text.substring(0, 500) + "…";
    }
}
