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
 *
 * <p>An attempt is <em>reserved</em> before its password is hashed ({@link #reserve}): the check and the
 * reservation happen under one lock, and a reserved attempt counts as a failure until it is settled. Thirty guesses
 * sent at once therefore cannot all pass the check before the first failure is recorded: the first
 * {@link #FREE_FAILURES} are checked, the rest wait like any attempt after three failures.
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
        int inFlight;
        Instant last;
        Instant lockedUntil;
    }

    public SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Why an attempt has to wait: a growing delay, or a lock. */
    public record Wait(Duration duration, boolean locked) {
    }

    /** An attempt allowed to be checked; it must be settled exactly once. */
    public final class Reservation {
        private final String account;
        private final String address;
        private boolean settled;

        private Reservation(String account, String address) {
            this.account = account;
            this.address = address;
        }

        /** The password was right: both counts start again. */
        public void succeeded() {
            settle(() -> {
                failures.remove(key("cuenta", account));
                failures.remove(key("dirección", address));
            });
        }

        /** The password was wrong: one more failure for the account and the address. */
        public void failed() {
            settle(() -> {
                Instant now = clock.instant();
                record(key("cuenta", account), now, ACCOUNT_LOCK_FAILURES, "la cuenta " + account, address);
                record(key("dirección", address), now, ADDRESS_LOCK_FAILURES, "la dirección " + address, address);
            });
        }

        /** The password could not be checked (no hashing slot): the attempt counts for nothing. */
        public void cancelled() {
            settle(() -> { });
        }

        private void settle(Runnable outcome) {
            synchronized (SignInThrottle.this) {
                if (settled) {
                    throw new IllegalStateException("an attempt is settled once");
                }
                settled = true;
                release(key("cuenta", account));
                release(key("dirección", address));
                outcome.run();
            }
        }
    }

    /** Either the attempt may be checked now (and is reserved), or how long it must wait. */
    public record Attempt(Optional<Reservation> reservation, Optional<Wait> delay) {
        public boolean allowed() {
            return reservation.isPresent();
        }
    }

    /**
     * Reserves an attempt for {@code account} from {@code address}, or says how long it must wait. Checking and
     * reserving are one step, so concurrent attempts see each other.
     */
    public synchronized Attempt reserve(String account, String address) {
        Instant now = clock.instant();
        if (failures.size() > MAX_KEYS) {
            forgetOld(now);
        }
        Optional<Wait> wait = longer(waitFor(key("cuenta", account), now), waitFor(key("dirección", address), now));
        if (wait.isPresent()) {
            return new Attempt(Optional.empty(), wait);
        }
        for (String key : new String[] {key("cuenta", account), key("dirección", address)}) {
            Failures f = failures.computeIfAbsent(key, k -> new Failures());
            f.inFlight++;
            f.last = f.last == null || now.isAfter(f.last) ? now : f.last;
        }
        return new Attempt(Optional.of(new Reservation(account, address)), Optional.empty());
    }

    /** How long an attempt would have to wait now, without reserving one (for reporting a lock just set). */
    public synchronized Optional<Wait> waitBefore(String account, String address) {
        Instant now = clock.instant();
        return longer(waitFor(key("cuenta", account), now), waitFor(key("dirección", address), now));
    }

    private static Optional<Wait> longer(Optional<Wait> a, Optional<Wait> b) {
        if (a.isPresent() && b.isPresent()) {
            return a.get().duration().compareTo(b.get().duration()) >= 0 ? a : b;
        }
        return a.isPresent() ? a : b;
    }

    private static String key(String kind, String value) {
        return kind + ":" + (value == null ? "?" : value);
    }

    private Optional<Wait> waitFor(String key, Instant now) {
        Failures f = failures.get(key);
        if (f == null) {
            return Optional.empty();
        }
        if (f.lockedUntil != null) {
            if (now.isBefore(f.lockedUntil)) {
                return Optional.of(new Wait(Duration.between(now, f.lockedUntil), true));
            }
            f.lockedUntil = null;
            f.count = 0;
        }
        int pending = f.count + f.inFlight; // attempts still being checked count as failures until settled
        if (pending < FREE_FAILURES) {
            return Optional.empty();
        }
        Instant allowed = f.last.plus(delay(pending));
        return now.isBefore(allowed) ? Optional.of(new Wait(Duration.between(now, allowed), false)) : Optional.empty();
    }

    /** The wait after {@code count} failures in a row: 1 s after the third, doubling, at most {@link #MAX_DELAY}. */
    static Duration delay(int count) {
        int exponent = Math.min(20, Math.max(0, count - FREE_FAILURES));
        Duration d = Duration.ofSeconds(1L << exponent);
        return d.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : d;
    }

    private void release(String key) {
        Failures f = failures.get(key);
        if (f != null && f.inFlight > 0) {
            f.inFlight--;
        }
    }

    private void record(String key, Instant now, int lockAfter, String what, String address) {
        Failures f = failures.computeIfAbsent(key, k -> new Failures());
        f.count++;
        f.last = now;
        if (f.count >= lockAfter && f.lockedUntil == null) {
            f.lockedUntil = now.plus(LOCK);
            AUDIT.warning(() -> "AUDITORÍA inicio de sesión: " + what + " queda bloqueada " + LOCK.toMinutes() + " min tras " + f.count
                    + " intentos fallidos seguidos (último desde " + address + ")");
        }
    }

    private void forgetOld(Instant now) {
        for (Iterator<Failures> it = failures.values().iterator(); it.hasNext(); ) {
            Failures f = it.next();
            if (f.lockedUntil == null && f.inFlight == 0 && f.last != null && f.last.isBefore(now.minus(Duration.ofHours(1)))) {
                it.remove();
            }
        }
    }
}
