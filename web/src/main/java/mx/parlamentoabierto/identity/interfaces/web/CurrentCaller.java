package mx.parlamentoabierto.identity.interfaces.web;

import mx.parlamentoabierto.identity.domain.Caller;
import mx.parlamentoabierto.platform.interfaces.web.CurrentClient;

/**
 * The caller of the request the current thread serves, set by {@link AuthenticationFilter} for the whole request
 * (resources, pages and servlets read it here and hand it to the application services).
 */
public final class CurrentCaller {

    private static final ThreadLocal<Caller> CALLER = new ThreadLocal<>();

    private CurrentCaller() {
    }

    /** The caller; the anonymous public when no filter ran (never null). */
    public static Caller get() {
        Caller caller = CALLER.get();
        return caller == null ? Caller.anonymous(CurrentClient.address()) : caller;
    }

    static void set(Caller caller) {
        CALLER.set(caller);
    }

    static void clear() {
        CALLER.remove();
    }
}
