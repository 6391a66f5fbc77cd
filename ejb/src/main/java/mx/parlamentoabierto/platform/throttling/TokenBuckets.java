package mx.parlamentoabierto.platform.throttling;

import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * One token bucket per key (a client address): {@code perSecond} tokens a second, at most {@code burst} saved.
 * Memory is bounded: past {@code maxKeys} keys, the buckets that are full again (clients that went quiet) are
 * dropped, and if every bucket is still in use the newcomer is refused rather than the map grown.
 */
public final class TokenBuckets {

    private final double perNano;
    private final double burst;
    private final int maxKeys;
    private final LongSupplier nanoClock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    private static final class Bucket {
        double tokens;
        long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }
    }

    public TokenBuckets(double perSecond, int burst, int maxKeys) {
        this(perSecond, burst, maxKeys, System::nanoTime);
    }

    TokenBuckets(double perSecond, int burst, int maxKeys, LongSupplier nanoClock) {
        if (perSecond <= 0 || burst < 1 || maxKeys < 1) {
            throw new IllegalArgumentException("perSecond > 0, burst ≥ 1, maxKeys ≥ 1");
        }
        this.perNano = perSecond / 1e9;
        this.burst = burst;
        this.maxKeys = maxKeys;
        this.nanoClock = nanoClock;
    }

    /**
     * Takes one token from the key's bucket.
     *
     * @return {@link Duration#ZERO} when taken, otherwise how long until a token is there (the Retry-After)
     */
    public Duration take(String key) {
        long now = nanoClock.getAsLong();
        Bucket bucket = buckets.get(key);
        if (bucket == null) {
            if (buckets.size() >= maxKeys && !evictFull(now)) {
                return Duration.ofSeconds(1);
            }
            bucket = buckets.computeIfAbsent(key, k -> new Bucket(burst, now));
        }
        synchronized (bucket) {
            bucket.tokens = Math.min(burst, bucket.tokens + (now - bucket.at) * perNano);
            bucket.at = now;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return Duration.ZERO;
            }
            return Duration.ofNanos((long) Math.ceil((1 - bucket.tokens) / perNano));
        }
    }

    /** Keys held now (for tests and health output). */
    public int size() {
        return buckets.size();
    }

    private boolean evictFull(long now) {
        boolean removed = false;
        for (Iterator<Map.Entry<String, Bucket>> it = buckets.entrySet().iterator(); it.hasNext(); ) {
            Bucket b = it.next().getValue();
            synchronized (b) {
                if (b.tokens + (now - b.at) * perNano >= burst) {
                    it.remove();
                    removed = true;
                }
            }
        }
        return removed;
    }
}
