package mx.parlamentoabierto.platform.json;

import jakarta.json.spi.JsonProvider;

/**
 * The Jakarta JSON Processing provider, looked up once. {@code jakarta.json.Json.createObjectBuilder()} and its
 * siblings look the provider up on every call (service loader, OSGi lookup, class loading, a thrown exception):
 * that lookup was the largest part of the portal's CPU per saved answer in {@code ./parlamento bench answers}.
 */
public final class Jsonp {

    public static final JsonProvider PROVIDER = JsonProvider.provider();

    private Jsonp() {
    }
}
