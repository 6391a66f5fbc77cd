package mx.parlamentoabierto.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

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
 */
@ApplicationScoped
public class AdminCredentials {

    public static final String USER = "admin";
    static final int ITERATIONS = 600_000;
    private static final Duration REMEMBER = Duration.ofMinutes(10);

    private byte[] salt;
    private byte[] hash;
    private final Map<String, Instant> verified = new ConcurrentHashMap<>();

    protected AdminCredentials() {
        // CDI proxy
    }

    @Inject
    public AdminCredentials(PortalConfiguration configuration) {
        this(configuration.adminPassword());
    }

    public AdminCredentials(Optional<String> password) {
        if (password.isPresent()) {
            salt = new byte[16];
            new SecureRandom().nextBytes(salt);
            hash = pbkdf2(password.get().toCharArray(), salt);
        }
    }

    public boolean configured() {
        return hash != null;
    }

    /** True for {@code Authorization: Basic base64(admin:password)} with the configured password. */
    public boolean accepts(String authorizationHeader) {
        if (hash == null || authorizationHeader == null || !authorizationHeader.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorizationHeader.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        int colon = decoded.indexOf(':');
        if (colon < 0 || !USER.equals(decoded.substring(0, colon)) || decoded.length() - colon - 1 > 128) {
            return false;
        }
        String key = sha256(decoded);
        Instant until = verified.get(key);
        if (until != null && until.isAfter(Instant.now())) {
            return true;
        }
        boolean ok = MessageDigest.isEqual(hash, pbkdf2(decoded.substring(colon + 1).toCharArray(), salt));
        if (ok) {
            verified.put(key, Instant.now().plus(REMEMBER));
        }
        return ok;
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
