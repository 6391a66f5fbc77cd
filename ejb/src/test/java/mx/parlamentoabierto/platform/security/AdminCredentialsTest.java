package mx.parlamentoabierto.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class AdminCredentialsTest {

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

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void afterThreeFailuresTheNextGuessWaitsAndIsNotHashed() {
        HandClock clock = new HandClock();
        AdminCredentials credentials = new AdminCredentials(Optional.of("contraseña-larga-de-prueba"), clock);
        for (int i = 0; i < SignInThrottle.FREE_FAILURES; i++) {
            assertEquals(AdminCredentials.Outcome.REFUSED, credentials.verify(basic("admin", "intento" + i), "10.0.0.9").outcome());
        }
        long start = System.nanoTime();
        AdminCredentials.Verdict waiting = credentials.verify(basic("admin", "contraseña-larga-de-prueba"), "10.0.0.9");
        assertEquals(AdminCredentials.Outcome.THROTTLED, waiting.outcome(), "even the right password waits its turn");
        assertEquals(Duration.ofSeconds(1), waiting.retryAfter());
        assertTrue(System.nanoTime() - start < 50_000_000L, "a throttled attempt costs no hash");
        clock.now = clock.now.plusSeconds(1);
        assertTrue(credentials.verify(basic("admin", "contraseña-larga-de-prueba"), "10.0.0.9").accepted());
        assertTrue(credentials.acceptsRemembered(basic("admin", "contraseña-larga-de-prueba")));
        assertEquals(AdminCredentials.Outcome.REFUSED, credentials.verify(basic("admin", "otra"), "10.0.0.9").outcome(),
                "a success cleared the count");
    }

    @Test
    void tenFailuresLockTheAccountForFifteenMinutesFromAnyAddress() {
        HandClock clock = new HandClock();
        AdminCredentials credentials = new AdminCredentials(Optional.of("contraseña-larga-de-prueba"), clock);
        for (int i = 0; i < SignInThrottle.ACCOUNT_LOCK_FAILURES; i++) {
            clock.now = clock.now.plus(SignInThrottle.MAX_DELAY);
            assertEquals(AdminCredentials.Outcome.REFUSED, credentials.verify(basic("admin", "x" + i), "10.0.0." + i).outcome(), "guess " + i);
        }
        clock.now = clock.now.plus(SignInThrottle.MAX_DELAY);
        AdminCredentials.Verdict locked = credentials.verify(basic("admin", "contraseña-larga-de-prueba"), "10.9.9.9");
        assertEquals(AdminCredentials.Outcome.LOCKED, locked.outcome());
        assertTrue(locked.retryAfter().compareTo(Duration.ofMinutes(13)) > 0, locked.toString());
        clock.now = clock.now.plus(SignInThrottle.LOCK);
        assertTrue(credentials.verify(basic("admin", "contraseña-larga-de-prueba"), "10.9.9.9").accepted(), "the lock ends");
    }

    @Test
    void anUnknownUserCostsTheSameHashAsAWrongPassword() {
        AdminCredentials credentials = new AdminCredentials(Optional.of("contraseña-larga-de-prueba"), new HandClock());
        credentials.verify(basic("admin", "calentamiento"), "10.1.0.1");
        long unknown = time(() -> credentials.verify(basic("nadie", "algo"), "10.1.0.2"));
        long wrong = time(() -> credentials.verify(basic("admin", "algo"), "10.1.0.3"));
        assertTrue(unknown > wrong / 3 && unknown < wrong * 3, "unknown " + unknown / 1_000_000 + " ms, wrong " + wrong / 1_000_000 + " ms");
        assertEquals(AdminCredentials.Outcome.MISSING, credentials.verify(null, "10.1.0.4").outcome());
        assertEquals(AdminCredentials.Outcome.MISSING, credentials.verify("Basic %%%", "10.1.0.4").outcome());
    }

    @Test
    void aBusyAddressIsThrottledWhateverAccountItTries() {
        HandClock clock = new HandClock();
        AdminCredentials credentials = new AdminCredentials(Optional.of("contraseña-larga-de-prueba"), clock);
        for (int i = 0; i < SignInThrottle.FREE_FAILURES; i++) {
            credentials.verify(basic("usuario" + i, "x"), "10.2.0.1");
        }
        assertEquals(AdminCredentials.Outcome.THROTTLED, credentials.verify(basic("otro", "x"), "10.2.0.1").outcome());
        assertEquals(AdminCredentials.Outcome.REFUSED, credentials.verify(basic("otro", "x"), "10.2.0.2").outcome(), "other addresses are not");
    }

    private static long time(Runnable r) {
        long start = System.nanoTime();
        r.run();
        return System.nanoTime() - start;
    }
}
