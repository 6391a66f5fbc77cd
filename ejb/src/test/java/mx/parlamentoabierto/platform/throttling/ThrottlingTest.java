package mx.parlamentoabierto.platform.throttling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class ThrottlingTest {

    @Test
    void aBucketLetsTheBurstThroughThenOneTokenPerInterval() {
        AtomicLong now = new AtomicLong();
        TokenBuckets buckets = new TokenBuckets(2, 3, 100, now::get);
        for (int i = 0; i < 3; i++) {
            assertEquals(Duration.ZERO, buckets.take("10.0.0.1"), "burst " + i);
        }
        Duration wait = buckets.take("10.0.0.1");
        assertTrue(wait.toMillis() > 0 && wait.toMillis() <= 500, wait.toString());
        assertEquals(Duration.ZERO, buckets.take("10.0.0.2"), "another client has its own bucket");
        now.addAndGet(Duration.ofMillis(500).toNanos());
        assertEquals(Duration.ZERO, buckets.take("10.0.0.1"), "half a second later at 2/s one token is back");
    }

    @Test
    void bucketsStayBoundedAndQuietClientsMakeRoom() {
        AtomicLong now = new AtomicLong();
        TokenBuckets buckets = new TokenBuckets(1, 1, 2, now::get);
        buckets.take("a");
        buckets.take("b");
        assertEquals(Duration.ofSeconds(1), buckets.take("c"), "full of busy clients: the newcomer waits");
        now.addAndGet(Duration.ofSeconds(5).toNanos());
        assertEquals(Duration.ZERO, buckets.take("c"), "a and b refilled and were dropped");
        assertTrue(buckets.size() <= 2);
    }

    @Test
    void theGateBoundsAllAndTheExpensiveKindApart() {
        ConcurrencyGate gate = new ConcurrencyGate(2, 1, Duration.ofMillis(20), 10);
        Optional<ConcurrencyGate.Permit> expensive = gate.tryEnter(true);
        assertTrue(expensive.isPresent());
        assertTrue(gate.tryEnter(true).isEmpty(), "one expensive at a time");
        Optional<ConcurrencyGate.Permit> cheap = gate.tryEnter(false);
        assertTrue(cheap.isPresent(), "a cheap one still fits");
        assertTrue(gate.tryEnter(false).isEmpty(), "two in all");
        expensive.get().close();
        expensive.get().close();
        assertEquals(1, gate.available(), "closing twice frees once");
        assertTrue(gate.tryEnter(false).isPresent());
        cheap.get().close();
    }

    @Test
    void aSlowKeyIsRememberedForAWhileAndTheMemoryStaysBounded() {
        AtomicLong now = new AtomicLong();
        SlowMemory memory = new SlowMemory(Duration.ofMillis(200), Duration.ofSeconds(60), 4, now::get);
        memory.observe("sesión", Duration.ofMillis(150).toNanos());
        assertTrue(!memory.remembers("sesión"), "150 ms is not slow");
        memory.observe("sesión", Duration.ofMillis(900).toNanos());
        assertTrue(memory.remembers("sesión"));
        now.addAndGet(Duration.ofSeconds(61).toNanos());
        assertTrue(!memory.remembers("sesión"), "forgotten after a minute");
        for (int i = 0; i < 10; i++) {
            now.addAndGet(1);
            memory.observe("k" + i, Duration.ofSeconds(1).toNanos());
        }
        assertTrue(memory.size() <= 4, "bounded: " + memory.size());
        assertTrue(memory.remembers("k9"), "the newest is kept");
    }
}
