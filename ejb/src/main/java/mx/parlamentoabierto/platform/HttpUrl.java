package mx.parlamentoabierto.platform;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * Addresses the portal accepts from people and sources: absolute http(s) URLs with a host. Every import, form and
 * API that takes an address checks it here where it enters, so that no {@code javascript:}, {@code data:} or
 * {@code vbscript:} address is ever stored to end up as a link on a page; pages check again before linking.
 */
public final class HttpUrl {

    public static final int MAX_LENGTH = 2000;

    private HttpUrl() {
    }

    public static boolean isHttp(String url) {
        return problem(url).isEmpty();
    }

    /** Why {@code url} is not an address the portal keeps, in Spanish, or empty when it is one. */
    public static Optional<String> problem(String url) {
        if (url == null || url.isBlank()) {
            return Optional.of("falta la dirección");
        }
        if (url.length() > MAX_LENGTH) {
            return Optional.of("la dirección pasa de " + MAX_LENGTH + " caracteres");
        }
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= 0x20 || c == 0x7f || c >= 0x80 && c <= 0x9f) {
                return Optional.of("la dirección lleva espacios o caracteres de control");
            }
        }
        try {
            URI uri = new URI(url);
            if (uri.getScheme() == null) {
                return Optional.of("no es una dirección completa (https://…)");
            }
            if (!("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
                return Optional.of("solo se aceptan direcciones http(s), no '" + uri.getScheme() + ":…'");
            }
            if (uri.getHost() == null) {
                return Optional.of("la dirección no tiene servidor");
            }
            return Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.of("la dirección no es válida (" + e.getReason() + ")");
        }
    }

    /**
     * {@code url} when it is an absolute http(s) address.
     *
     * @throws InvalidInputException naming {@code field} otherwise
     */
    public static String require(String url, String field) {
        Optional<String> problem = problem(url);
        if (problem.isPresent()) {
            throw new InvalidInputException(field, field + ": " + problem.get());
        }
        return url;
    }
}
