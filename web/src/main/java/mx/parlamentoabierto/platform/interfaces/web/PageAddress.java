package mx.parlamentoabierto.platform.interfaces.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** A public page's address with its query parameters (blank ones left out), for links that change one filter. */
public final class PageAddress {

    private final String page;
    private final Map<String, String> parameters = new LinkedHashMap<>();

    public PageAddress(String page) {
        this.page = page;
    }

    public PageAddress with(String name, Object value) {
        parameters.put(name, value == null ? null : value.toString());
        return this;
    }

    @Override
    public String toString() {
        StringBuilder url = new StringBuilder(page);
        char separator = '?';
        for (Map.Entry<String, String> p : parameters.entrySet()) {
            if (p.getValue() != null && !p.getValue().isBlank()) {
                url.append(separator).append(p.getKey()).append('=').append(URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8));
                separator = '&';
            }
        }
        return url.toString();
    }

    /** A positive page number from a request parameter; anything else is page 1. */
    public static int pageNumber(String value) {
        try {
            int n = value == null ? 1 : Integer.parseInt(value.strip());
            return n < 1 || n > 100_000 ? 1 : n;
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /**
     * A page number from a request parameter within {@code 1…last}: past the end (however many digits) is the last page,
     * anything that is not a number is page 1.
     */
    public static int pageNumber(String value, int last) {
        String digits = value == null ? "" : value.strip();
        if (!digits.matches("\\d+")) {
            return 1;
        }
        return digits.length() > 9 ? last : Math.max(1, Math.min(last, Integer.parseInt(digits)));
    }

    /** Sends the 404 page for an address whose id names nothing. */
    public static void notFound(String message) {
        try {
            jakarta.faces.context.FacesContext faces = jakarta.faces.context.FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, message);
            faces.responseComplete();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
