package mx.parlamentoabierto.identity.application;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import mx.parlamentoabierto.platform.InvalidInputException;
import mx.parlamentoabierto.platform.security.PasswordHashing;

/**
 * What a password must be: 12 to 128 characters, not in the list of common passwords shipped with the portal
 * ({@code common-passwords.txt}), not the account's own name. Generated passwords are 20 characters from an
 * alphabet without look-alikes (about 110 bits).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** @throws InvalidInputException on field {@code password} saying which rule failed */
    public static void check(String accountName, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new InvalidInputException("password", "La contraseña debe tener al menos " + MIN_LENGTH + " caracteres.");
        }
        if (password.length() > PasswordHashing.MAX_PASSWORD_LENGTH) {
            throw new InvalidInputException("password", "La contraseña no puede pasar de " + PasswordHashing.MAX_PASSWORD_LENGTH + " caracteres.");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            throw new InvalidInputException("password", "Esa contraseña está en la lista de contraseñas comunes; elija otra.");
        }
        if (accountName != null && lower.contains(accountName.toLowerCase(Locale.ROOT)) && accountName.length() >= 4) {
            throw new InvalidInputException("password", "La contraseña no puede contener el nombre de usuario.");
        }
    }

    public static boolean isCommon(String password) {
        return password != null && COMMON.contains(password.toLowerCase(Locale.ROOT));
    }

    public static String generate() {
        StringBuilder s = new StringBuilder(20);
        for (int i = 0; i < 20; i++) {
            s.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/mx/parlamentoabierto/identity/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing from the build");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
