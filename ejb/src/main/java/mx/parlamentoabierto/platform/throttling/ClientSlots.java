package mx.parlamentoabierto.platform.throttling;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many requests of one kind each client address has running, at most {@code perClient}: one address cannot hold
 * every slot of a shared gate however slowly it sends, because it never has more than this many inside at once.
 * An address's counter goes when its last request leaves, so memory follows the clients being served.
 */
public final class ClientSlots {

    private final int perClient;
    private final Map<String, AtomicInteger> running = new ConcurrentHashMap<>();

    public ClientSlots(int perClient) {
        if (perClient < 1) {
            throw new IllegalArgumentException("perClient ≥ 1");
        }
        this.perClient = perClient;
    }

    /** True when the address may start one more; a true must be followed by {@link #leave}. */
    public boolean enter(String address) {
        boolean[] admitted = {false};
        running.compute(address, (k, count) -> {
            AtomicInteger c = count == null ? new AtomicInteger() : count;
            if (c.get() < perClient) {
                c.incrementAndGet();
                admitted[0] = true;
            }
            return c.get() == 0 ? null : c;
        });
        return admitted[0];
    }

    public void leave(String address) {
        running.computeIfPresent(address, (k, c) -> c.decrementAndGet() <= 0 ? null : c);
    }

    /** Requests the address has running now (tests). */
    public int running(String address) {
        AtomicInteger c = running.get(address);
        return c == null ? 0 : c.get();
    }
}
