package mx.parlamentoabierto.platform.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHashingTest {

    @Test
    void aHashNamesItsAlgorithmAndIterationsAndVerifiesOnlyItsPassword() {
        String hash = PasswordHashing.hash("una contraseña larga");
        assertTrue(hash.startsWith("pbkdf2-sha256$600000$"), hash);
        assertTrue(PasswordHashing.verify("una contraseña larga", hash));
        assertFalse(PasswordHashing.verify("una contraseña larg", hash));
        assertNotEquals(hash, PasswordHashing.hash("una contraseña larga"), "every hash has its own salt");
    }

    @Test
    void anUnknownAccountCostsTheSameHashAsAWrongPassword() {
        String hash = PasswordHashing.hash("una contraseña larga");
        PasswordHashing.verify("calentamiento", hash);
        long unknown = time(() -> assertFalse(PasswordHashing.verify("algo", null)));
        long wrong = time(() -> assertFalse(PasswordHashing.verify("algo", hash)));
        assertTrue(unknown > wrong / 3 && unknown < wrong * 3, "unknown " + unknown / 1_000_000 + " ms, wrong " + wrong / 1_000_000 + " ms");
    }

    @Test
    void anOverlongPasswordIsRefusedWithoutHashing() {
        String hash = PasswordHashing.hash("una contraseña larga");
        long t = time(() -> assertFalse(PasswordHashing.verify("x".repeat(129), hash)));
        assertTrue(t < 20_000_000L, t + " ns");
    }

    private static long time(Runnable r) {
        long start = System.nanoTime();
        r.run();
        return System.nanoTime() - start;
    }
}
