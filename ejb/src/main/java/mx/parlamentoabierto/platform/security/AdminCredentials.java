package mx.parlamentoabierto.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import mx.parlamentoabierto.platform.config.PortalConfiguration;

/**
 * Checks the administrator's HTTP Basic credentials. The configured password is kept only as a
 * PBKDF2-HMAC-SHA256 hash (600,000 iterations, OWASP 2023); a verified credential is remembered for ten
 * minutes (by its SHA-256) so bulk uploads do not pay the hash on every request. Passwords longer than 128
 * characters are refused before hashing.
 *
 * <p>Guessing is bounded ({@link SignInThrottle}): failures per account and per client address bring a growing
 * wait, then a lock; a waiting attempt is refused without hashing. An unknown user name costs the same hash as a
 * wrong password, so the answer's time does not tell which names exist. At most two hashes are computed at
 * once in the instance, so a flood of guesses cannot take every core from everyone else.
 */
@ApplicationScoped
public class AdminCredentials {

    public static final String USER = "admin";
    static final int ITERATIONS = 600_000;
    private static final Duration REMEMBER = Duration.ofMinutes(10);
    private static final int CONCURRENT_HASHES = 2;

    private byte[] salt;
    private byte[] hash;
    private byte[] decoySalt;
    private final Map<String, Instant> verified = new ConcurrentHashMap<>();
    private SignInThrottle throttle;
    private final Semaphore hashing = new Semaphore(CONCURRENT_HASHES, true);

    /** What became of a check. {@code retryAfter} is set for {@link Outcome#THROTTLED} and {@link Outcome#LOCKED}. */
    public record Verdict(Outcome outcome, Duration retryAfter) {
        public boolean accepted() {
            return outcome == Outcome.ACCEPTED;
        }
    }

    public enum Outcome { ACCEPTED, MISSING, REFUSED, THROTTLED, LOCKED }

    protected AdminCredentials() {
        // CDI proxy
    }

    @Inject
    public AdminCredentials(PortalConfiguration configuration) {
        this(configuration.adminPassword(), Clock.systemUTC());
    }

    public AdminCredentials(Optional<String> password) {
        this(password, Clock.systemUTC());
    }

    public AdminCredentials(Optional<String> password, Clock clock) {
        throttle = new SignInThrottle(clock);
        decoySalt = new byte[16];
        new SecureRandom().nextBytes(decoySalt);
        if (password.isPresent()) {
            salt = new byte[16];
            new SecureRandom().nextBytes(salt);
            hash = pbkdf2(password.get().toCharArray(), salt);
        }
    }

    public boolean configured() {
        return hash != null;
    }

    /** True only for credentials already verified in the last ten minutes: no hash is computed. */
    public boolean acceptsRemembered(String authorizationHeader) {
        Optional<String> decoded = decode(authorizationHeader);
        if (decoded.isEmpty()) {
            return false;
        }
        Instant until = verified.get(sha256(decoded.get()));
        return until != null && until.isAfter(Instant.now());
    }

    /** Checks the credentials of a request from {@code clientAddress}, throttling failed guesses. */
    public Verdict verify(String authorizationHeader, String clientAddress) {
        Optional<String> decoded = decode(authorizationHeader);
        if (hash == null || decoded.isEmpty()) {
            return new Verdict(Outcome.MISSING, null);
        }
        String credential = decoded.get();
        int colon = credential.indexOf(':');
        String user = colon < 0 ? credential : credential.substring(0, colon);
        String password = colon < 0 ? "" : credential.substring(colon + 1);
        String key = sha256(credential);
        Instant until = verified.get(key);
        if (until != null && until.isAfter(Instant.now())) {
            return new Verdict(Outcome.ACCEPTED, null);
        }
        Optional<SignInThrottle.Wait> wait = throttle.waitBefore(user, clientAddress);
        if (wait.isPresent()) {
            return new Verdict(wait.get().locked() ? Outcome.LOCKED : Outcome.THROTTLED, wait.get().duration());
        }
        if (password.length() > 128) {
            throttle.failed(user, clientAddress);
            return new Verdict(Outcome.REFUSED, null);
        }
        boolean ok;
        try {
            if (!hashing.tryAcquire(10, TimeUnit.SECONDS)) {
                return new Verdict(Outcome.THROTTLED, Duration.ofSeconds(2));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Verdict(Outcome.THROTTLED, Duration.ofSeconds(2));
        }
        try {
            // the same hash for an unknown user, against a decoy salt: equal work, equal time
            byte[] computed = pbkdf2(password.toCharArray(), USER.equals(user) ? salt : decoySalt);
            ok = USER.equals(user) & MessageDigest.isEqual(hash, computed);
        } finally {
            hashing.release();
        }
        if (ok) {
            verified.put(key, Instant.now().plus(REMEMBER));
            throttle.succeeded(user, clientAddress);
            return new Verdict(Outcome.ACCEPTED, null);
        }
        throttle.failed(user, clientAddress);
        return new Verdict(Outcome.REFUSED, null);
    }

    private static Optional<String> decode(String authorizationHeader) {
        if (authorizationHeader == null || !authorizationHeader.regionMatches(true, 0, "Basic ", 0, 6) || authorizationHeader.length() > 1024) {
            return Optional.empty();
        }
        try {
            return Optional.of(new String(Base64.getDecoder().decode(authorizationHeader.substring(6).trim()), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static byte[] pbkdf2(char[] password, byte[] salt) {
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(password, salt, ITERATIONS, 256)).getEncoded();
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
