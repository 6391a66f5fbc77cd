package mx.parlamentoabierto.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Failed sign-ins, counted per account and per client address. After {@link #FREE_FAILURES} failures in a row
 * each further attempt must wait a growing delay (1 s, 2 s, 4 s … at most {@link #MAX_DELAY}) and is refused
 * without computing a hash while it waits; after {@link #ACCOUNT_LOCK_FAILURES} failures an account, and after
 * {@link #ADDRESS_LOCK_FAILURES} an address, is locked for {@link #LOCK}. Every lock is written to the audit
 * log. A success clears the account's and the address's count.
 */
public final class SignInThrottle {

    public static final int FREE_FAILURES = 3;
    public static final int ACCOUNT_LOCK_FAILURES = 10;
    public static final int ADDRESS_LOCK_FAILURES = 20;
    public static final Duration MAX_DELAY = Duration.ofSeconds(60);
    public static final Duration LOCK = Duration.ofMinutes(15);
    private static final int MAX_KEYS = 50_000;
    private static final Logger AUDIT = Logger.getLogger("mx.parlamentoabierto.audit");

    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    private static final class Failures {
        int count;
        Instant last;
        Instant lockedUntil;
    }

    public SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the caller must wait before this attempt may be checked, or empty when it may be checked now. */
    public Optional<Wait> waitBefore(String account, String address) {
        Instant now = clock.instant();
        Optional<Wait> a = waitFor(key("cuenta", account), now, true);
        Optional<Wait> b = waitFor(key("dirección", address), now, false);
        if (a.isPresent() && b.isPresent()) {
            return a.get().duration().compareTo(b.get().duration()) >= 0 ? a : b;
        }
        return a.isPresent() ? a : b;
    }

    /** Why an attempt has to wait: a growing delay, or a lock. */
    public record Wait(Duration duration, boolean locked) {
    }

    public void failed(String account, String address) {
        Instant now = clock.instant();
        if (failures.size() > MAX_KEYS) {
            forgetOld(now);
        }
        record(key("cuenta", account), now, ACCOUNT_LOCK_FAILURES, "la cuenta " + account, address);
        record(key("dirección", address), now, ADDRESS_LOCK_FAILURES, "la dirección " + address, address);
    }

    public void succeeded(String account, String address) {
        failures.remove(key("cuenta", account));
        failures.remove(key("dirección", address));
    }

    private static String key(String kind, String value) {
        return kind + ":" + (value == null ? "?" : value);
    }

    private Optional<Wait> waitFor(String key, Instant now, boolean account) {
        Failures f = failures.get(key);
        if (f == null) {
            return Optional.empty();
        }
        synchronized (f) {
            if (f.lockedUntil != null) {
                if (now.isBefore(f.lockedUntil)) {
                    return Optional.of(new Wait(Duration.between(now, f.lockedUntil), true));
                }
                f.lockedUntil = null;
                f.count = 0;
                return Optional.empty();
            }
            if (f.count < FREE_FAILURES) {
                return Optional.empty();
            }
            Instant allowed = f.last.plus(delay(f.count));
            return now.isBefore(allowed) ? Optional.of(new Wait(Duration.between(now, allowed), false)) : Optional.empty();
        }
    }

    /** The wait after {@code count} failures in a row: 1 s after the third, doubling, at most {@link #MAX_DELAY}. */
    static Duration delay(int count) {
        int exponent = Math.min(20, Math.max(0, count - FREE_FAILURES));
        Duration d = Duration.ofSeconds(1L << exponent);
        return d.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : d;
    }

    private void record(String key, Instant now, int lockAfter, String what, String address) {
        Failures f = failures.computeIfAbsent(key, k -> new Failures());
        synchronized (f) {
            f.count++;
            f.last = now;
            if (f.count >= lockAfter && f.lockedUntil == null) {
                f.lockedUntil = now.plus(LOCK);
                AUDIT.warning(() -> "AUDITORÍA inicio de sesión: " + what + " queda bloqueada " + LOCK.toMinutes() + " min tras " + f.count
                        + " intentos fallidos seguidos (último desde " + address + ")");
            }
        }
    }

    private void forgetOld(Instant now) {
        for (Iterator<Failures> it = failures.values().iterator(); it.hasNext(); ) {
            Failures f = it.next();
            synchronized (f) {
                if (f.lockedUntil == null && f.last.isBefore(now.minus(Duration.ofHours(1)))) {
                    it.remove();
                }
            }
        }
    }
}
