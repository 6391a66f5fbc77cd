package mx.parlamentoabierto.platform;

import java.net.URI;
import java.net.URISyntaxException;

/** Addresses the portal accepts from people and sources: absolute http(s) URLs with a host. */
public final class HttpUrl {

    private HttpUrl() {
    }

    public static boolean isHttp(String url) {
        if (url == null) {
            return false;
        }
        try {
            URI uri = new URI(url);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
