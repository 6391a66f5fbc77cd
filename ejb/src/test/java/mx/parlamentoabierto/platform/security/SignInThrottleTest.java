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
            assertTrue(throttle.waitBefore("admin", "10.0.0.9").isEmpty(), "attempt " + i + " is free");
            throttle.failed("admin", "10.0.0.9");
        }
        Optional<SignInThrottle.Wait> wait = throttle.waitBefore("admin", "10.0.0.9");
        assertTrue(wait.isPresent(), "even the right password waits its turn");
        assertEquals(Duration.ofSeconds(1), wait.get().duration());
        assertFalse(wait.get().locked());
        clock.now = clock.now.plusSeconds(1);
        assertTrue(throttle.waitBefore("admin", "10.0.0.9").isEmpty());
        throttle.succeeded("admin", "10.0.0.9");
        throttle.failed("admin", "10.0.0.9");
        assertTrue(throttle.waitBefore("admin", "10.0.0.9").isEmpty(), "a success cleared the count");
    }

    @Test
    void tenFailuresLockTheAccountForFifteenMinutesFromAnyAddress() {
        HandClock clock = new HandClock();
        SignInThrottle throttle = new SignInThrottle(clock);
        for (int i = 0; i < SignInThrottle.ACCOUNT_LOCK_FAILURES; i++) {
            clock.now = clock.now.plus(SignInThrottle.MAX_DELAY);
            throttle.failed("admin", "10.0.0." + i);
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
            throttle.failed("usuario" + i, "10.2.0.1");
        }
        assertTrue(throttle.waitBefore("otro", "10.2.0.1").isPresent());
        assertTrue(throttle.waitBefore("otro", "10.2.0.2").isEmpty(), "other addresses are not");
    }
}
