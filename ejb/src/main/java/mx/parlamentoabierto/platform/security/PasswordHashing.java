package mx.parlamentoabierto.platform.security;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.util.Base64;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA256 password hashes in one self-describing string, {@code pbkdf2-sha256$<iterations>$<salt>$<hash>}
 * (base64), 600,000 iterations by default (OWASP 2023; Jakarta Security's default of 1,024 is far too low). At most
 * two hashes run at once in the process, so a flood of guesses cannot take every core from everyone else. A sign-in
 * that finds both slots taken may wait at most one second, and only while no more than {@link #SLOTS} others wait;
 * past that it is refused at once ({@link BusyException}). No queue grows: a burst of guesses cannot hold real users
 * for seconds behind it (the throttle already keeps guesses per account and address to three at a time), while people
 * who happen to sign in at the same moment are not turned away (measured with {@code ./parlamento bench signin}:
 * refusing at once beyond the slots refused half of four people signing in together, ADR 0022). Setting a password
 * (account creation, a change) waits up to ten seconds for a slot.
 */
public final class PasswordHashing {

    public static final int ITERATIONS = 600_000;
    public static final int MAX_PASSWORD_LENGTH = 128;
    private static final String PREFIX = "pbkdf2-sha256";
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Hashes computed at once in this process. */
    public static final int SLOTS = 2;
    private static final long SET_PASSWORD_WAIT_SECONDS = 10;
    private static final Semaphore HASHING = new Semaphore(SLOTS, true);
    /** How long a sign-in may wait for a slot, and how many may wait at once. */
    private static final long SIGN_IN_WAIT_MILLIS = 1_000;
    private static final java.util.concurrent.atomic.AtomicInteger WAITING = new java.util.concurrent.atomic.AtomicInteger();
    /** Verified against when the account does not exist: the same work, so timing does not reveal names. */
    private static final String DECOY = hash("decoy-" + RANDOM.nextLong(), ITERATIONS);

    private PasswordHashing() {
    }

    /** Thrown when no hashing slot frees up in time. */
    public static final class BusyException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BusyException() {
            super("demasiadas verificaciones de contraseña a la vez");
        }
    }

    public static String hash(String password) {
        return hash(password, ITERATIONS);
    }

    static String hash(String password, int iterations) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        byte[] derived = derive(password, salt, iterations, SET_PASSWORD_WAIT_SECONDS * 1000L, Integer.MAX_VALUE);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return PREFIX + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(derived);
    }

    /** True when {@code password} matches {@code stored}; a null {@code stored} is checked against a decoy (false). */
    public static boolean verify(String password, String stored) {
        if (password == null || password.length() > MAX_PASSWORD_LENGTH) {
            return false;
        }
        String target = stored == null ? DECOY : stored;
        String[] parts = target.split("\\$");
        if (parts.length != 4 || !PREFIX.equals(parts[0])) {
            return false;
        }
        int iterations = Integer.parseInt(parts[1]);
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        byte[] computed = derive(password, salt, iterations, SIGN_IN_WAIT_MILLIS, SLOTS);
        return stored != null & MessageDigest.isEqual(expected, computed);
    }

    /** Derives the hash once a slot is free: at once, or waiting up to {@code waitMillis} while fewer than {@code maxWaiting} wait. */
    private static byte[] derive(String password, byte[] salt, int iterations, long waitMillis, int maxWaiting) {
        if (!HASHING.tryAcquire()) {
            if (WAITING.incrementAndGet() > maxWaiting) {
                WAITING.decrementAndGet();
                throw new BusyException();
            }
            try {
                if (!HASHING.tryAcquire(waitMillis, TimeUnit.MILLISECONDS)) {
                    throw new BusyException();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BusyException();
            } finally {
                WAITING.decrementAndGet();
            }
        }
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 256)).getEncoded();
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException(e);
        } finally {
            HASHING.release();
        }
    }
}
