package mx.parlamentoabierto.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    /** A clock the test moves by hand. */
    static final class HandClock extends Clock {
        Instant now = Instant.parse("2026-12-03T10:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void afterThreeFailuresTheNextAttemptWaitsAndASuccessClearsTheCount() {
        HandClock clock = new HandClock();
        SignInThrottle throttle = new SignInThrottle(clock);
        for (int i = 0; i < SignInThrottle.FREE_FAILURES; i++) {
            SignInThrottle.Attempt attempt = throttle.reserve("admin", "10.0.0.9");
            assertTrue(attempt.allowed(), "attempt " + i + " is free");
            attempt.reservation().orElseThrow().failed();
        }
        Optional<SignInThrottle.Wait> wait = throttle.waitBefore("admin", "10.0.0.9");
        assertTrue(wait.isPresent(), "even the right password waits its turn");
        assertEquals(Duration.ofSeconds(1), wait.get().duration());
        assertFalse(wait.get().locked());
        clock.now = clock.now.plusSeconds(1);
        throttle.reserve("admin", "10.0.0.9").reservation().orElseThrow().succeeded();
        throttle.reserve("admin", "10.0.0.9").reservation().orElseThrow().failed();
        assertTrue(throttle.waitBefore("admin", "10.0.0.9").isEmpty(), "a success cleared the count");
    }

    @Test
    void tenFailuresLockTheAccountForFifteenMinutesFromAnyAddress() {
        HandClock clock = new HandClock();
        SignInThrottle throttle = new SignInThrottle(clock);
        for (int i = 0; i < SignInThrottle.ACCOUNT_LOCK_FAILURES; i++) {
            clock.now = clock.now.plus(SignInThrottle.MAX_DELAY);
            throttle.reserve("admin", "10.0.0." + i).reservation().orElseThrow().failed();
        }
        clock.now = clock.now.plus(SignInThrottle.MAX_DELAY);
        SignInThrottle.Wait locked = throttle.waitBefore("admin", "10.9.9.9").orElseThrow();
        assertTrue(locked.locked());
        assertTrue(locked.duration().compareTo(Duration.ofMinutes(13)) > 0, locked.toString());
        clock.now = clock.now.plus(SignInThrottle.LOCK);
        assertTrue(throttle.waitBefore("admin", "10.9.9.9").isEmpty(), "the lock ends");
    }

    @Test
    void aBusyAddressIsThrottledWhateverAccountItTries() {
        SignInThrottle throttle = new SignInThrottle(new HandClock());
        for (int i = 0; i < SignInThrottle.FREE_FAILURES; i++) {
            throttle.reserve("usuario" + i, "10.2.0.1").reservation().orElseThrow().failed();
        }
        assertTrue(throttle.waitBefore("otro", "10.2.0.1").isPresent());
        assertTrue(throttle.waitBefore("otro", "10.2.0.2").isEmpty(), "other addresses are not");
    }

    @Test
    void attemptsReservedAtOnceSeeEachOtherSoOnlyTheFreeOnesAreChecked() throws Exception {
        SignInThrottle throttle = new SignInThrottle(new HandClock());
        int guesses = 30;
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.List<java.util.concurrent.Future<SignInThrottle.Attempt>> attempts = new java.util.ArrayList<>();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(guesses);
        try {
            for (int i = 0; i < guesses; i++) {
                String address = "10.3.0." + i; // thirty addresses: only the account's count can stop them
                attempts.add(pool.submit(() -> {
                    start.await();
                    return throttle.reserve("admin", address);
                }));
            }
            start.countDown();
            int allowed = 0;
            for (java.util.concurrent.Future<SignInThrottle.Attempt> a : attempts) {
                allowed += a.get().allowed() ? 1 : 0; // none is settled yet: every guess is still "being hashed"
            }
            assertEquals(SignInThrottle.FREE_FAILURES, allowed, "only the free attempts may be checked while they are in flight");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aCancelledAttemptCountsForNothing() {
        SignInThrottle throttle = new SignInThrottle(new HandClock());
        for (int i = 0; i < 10; i++) {
            throttle.reserve("admin", "10.4.0.1").reservation().orElseThrow().cancelled();
        }
        assertTrue(throttle.waitBefore("admin", "10.4.0.1").isEmpty());
    }
}
