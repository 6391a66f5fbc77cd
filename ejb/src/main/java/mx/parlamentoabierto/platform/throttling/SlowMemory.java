package mx.parlamentoabierto.platform.throttling;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Keys (search words, client addresses) whose last request was slow, remembered for a while: the next request with
 * the same key is treated as expensive before it runs — what only the engine's time reveals (a very common word over
 * long documents, highlighted) is known from the previous time. Bounded: past {@code maxKeys} the expired entries go,
 * and if none has expired the oldest half is dropped (forgetting makes a key cheap again, never refuses anything).
 */
public final class SlowMemory {

    private final long slowNanos;
    private final long rememberNanos;
    private final int maxKeys;
    private final LongSupplier nanoClock;
    private final Map<String, Long> until = new ConcurrentHashMap<>();

    public SlowMemory(Duration slow, Duration remember, int maxKeys) {
        this(slow, remember, maxKeys, System::nanoTime);
    }

    SlowMemory(Duration slow, Duration remember, int maxKeys, LongSupplier nanoClock) {
        if (slow.isNegative() || remember.isNegative() || maxKeys < 1) {
            throw new IllegalArgumentException("slow ≥ 0, remember ≥ 0, maxKeys ≥ 1");
        }
        this.slowNanos = slow.toNanos();
        this.rememberNanos = remember.toNanos();
        this.maxKeys = maxKeys;
        this.nanoClock = nanoClock;
    }

    /** Records how long a request with this key took; a slow one marks the key until {@code remember} has passed. */
    public void observe(String key, long tookNanos) {
        if (key == null || tookNanos < slowNanos) {
            return;
        }
        long now = nanoClock.getAsLong();
        if (until.size() >= maxKeys) {
            until.values().removeIf(expiry -> expiry - now <= 0);
            if (until.size() >= maxKeys) {
                long median = until.values().stream().sorted().skip(until.size() / 2).findFirst().orElse(now);
                until.values().removeIf(expiry -> expiry - median <= 0);
            }
        }
        until.put(key, now + rememberNanos);
    }

    /** True while the key's last slow request is remembered. */
    public boolean remembers(String key) {
        if (key == null) {
            return false;
        }
        Long expiry = until.get(key);
        if (expiry == null) {
            return false;
        }
        if (expiry - nanoClock.getAsLong() <= 0) {
            until.remove(key, expiry);
            return false;
        }
        return true;
    }

    public int size() {
        return until.size();
    }
}
