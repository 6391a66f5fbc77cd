package mx.parlamentoabierto.platform.interfaces.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * A path of this portal to send a browser to, and nothing else. Browsers forgive a lot in a {@code Location}: they drop
 * TAB, CR and LF anywhere, read a backslash as a slash and {@code //host} as another site, so {@code /\t/evil.example}
 * lands on evil.example. A path is accepted only when it has no control character, space or backslash at all, no
 * scheme and no authority, starts with one slash and still does after {@code .} and {@code ..} are resolved.
 */
public final class LocalPath {

    private static final int MAX_LENGTH = 2000;

    private LocalPath() {
    }

    /** The normalised local path, or empty when {@code candidate} could lead anywhere else. */
    public static Optional<String> of(String candidate) {
        if (candidate == null || candidate.isEmpty() || candidate.length() > MAX_LENGTH || candidate.charAt(0) != '/') {
            return Optional.empty();
        }
        for (int i = 0; i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            if (c <= 0x20 || c == 0x7f || c >= 0x80 && c <= 0x9f || c == '\\' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                return Optional.empty();
            }
        }
        try {
            URI uri = new URI(candidate);
            if (uri.getScheme() != null || uri.getRawAuthority() != null || uri.getRawPath() == null) {
                return Optional.empty();
            }
            String normalised = uri.normalize().toString();
            if (!normalised.startsWith("/") || normalised.startsWith("//") || normalised.startsWith("/..")) {
                return Optional.empty();
            }
            return Optional.of(normalised);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
