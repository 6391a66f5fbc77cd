package mx.parlamentoabierto.platform.throttling;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * At most {@code permits} callers inside at once, of which at most {@code expensivePermits} of the expensive
 * kind. A caller that finds no room waits at most {@code wait}, and only while fewer than {@code maxWaiting}
 * others wait: past that it is refused at once. No queue grows without limit.
 */
public final class ConcurrencyGate {

    private final Semaphore all;
    private final Semaphore expensive;
    private final Duration wait;
    private final int maxWaiting;
    private final AtomicInteger waiting = new AtomicInteger();

    /** Held while inside; closing it lets the next caller in. */
    public interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    public ConcurrencyGate(int permits, int expensivePermits, Duration wait, int maxWaiting) {
        if (permits < 1 || expensivePermits < 1 || expensivePermits > permits) {
            throw new IllegalArgumentException("1 ≤ expensivePermits ≤ permits");
        }
        this.all = new Semaphore(permits, true);
        this.expensive = new Semaphore(expensivePermits, true);
        this.wait = wait;
        this.maxWaiting = maxWaiting;
    }

    /** A permit, or empty when the gate is full (the caller answers 503 with Retry-After). */
    public Optional<Permit> tryEnter(boolean expensiveKind) {
        if (waiting.incrementAndGet() > maxWaiting) {
            waiting.decrementAndGet();
            return tryNow(expensiveKind);
        }
        try {
            long deadline = System.nanoTime() + wait.toNanos();
            if (expensiveKind && !expensive.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS)) {
                return Optional.empty();
            }
            if (!all.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                if (expensiveKind) {
                    expensive.release();
                }
                return Optional.empty();
            }
            return Optional.of(permit(expensiveKind));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            waiting.decrementAndGet();
        }
    }

    private Optional<Permit> tryNow(boolean expensiveKind) {
        if (expensiveKind && !expensive.tryAcquire()) {
            return Optional.empty();
        }
        if (!all.tryAcquire()) {
            if (expensiveKind) {
                expensive.release();
            }
            return Optional.empty();
        }
        return Optional.of(permit(expensiveKind));
    }

    private Permit permit(boolean expensiveKind) {
        return new Permit() {
            private boolean closed;

            @Override
            public synchronized void close() {
                if (!closed) {
                    closed = true;
                    all.release();
                    if (expensiveKind) {
                        expensive.release();
                    }
                }
            }
        };
    }

    /** Permits free now, for health output and tests. */
    public int available() {
        return all.availablePermits();
    }
}
