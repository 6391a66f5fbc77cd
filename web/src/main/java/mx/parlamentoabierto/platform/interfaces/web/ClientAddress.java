package mx.parlamentoabierto.platform.interfaces.web;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The address of the client behind a request: the connection's peer, unless that peer is a trusted reverse
 * proxy ({@code parlamento.http.trusted-proxies}, loopback by default), in which case the right-most address of
 * {@code X-Forwarded-For} that is not itself a trusted proxy. Addresses a client writes further left are never
 * believed, so a client cannot choose its own rate-limit bucket.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request, Set<String> trustedProxies) {
        return of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trustedProxies);
    }

    /** The same from the connection's peer and the {@code X-Forwarded-For} header. */
    static String of(String peer, String forwarded, Set<String> trustedProxies) {
        if (peer == null || !trustedProxies.contains(peer)) {
            return peer == null ? "?" : peer;
        }
        if (forwarded == null || forwarded.isBlank()) {
            return peer;
        }
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
                return hop.length() > 64 ? hop.substring(0, 64) : hop;
            }
        }
        return peer;
    }
}
