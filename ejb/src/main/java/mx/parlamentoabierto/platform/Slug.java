package mx.parlamentoabierto.platform;

import java.util.regex.Pattern;

/**
 * The shape of every stable identifier the portal publishes in URLs and files — legislatures, editions,
 * methodologies, published results: lower-case ASCII letters and digits in groups joined by single hyphens
 * ({@code baja-california}, {@code demostracion-2026}).
 */
public final class Slug {

    public static final Pattern PATTERN = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Slug() {
    }
}
