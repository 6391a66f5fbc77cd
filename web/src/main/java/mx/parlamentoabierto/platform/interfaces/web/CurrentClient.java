package mx.parlamentoabierto.platform.interfaces.web;

/**
 * The client address of the request the current thread serves ({@link ClientAddress}), set by
 * {@link FailureFilter} for the whole request so that guards deep in the chain (sign-in throttling) can use it
 * without every resource passing the servlet request along.
 */
public final class CurrentClient {

    private static final ThreadLocal<String> ADDRESS = new ThreadLocal<>();

    private CurrentClient() {
    }

    public static String address() {
        String address = ADDRESS.get();
        return address == null ? "?" : address;
    }

    static void set(String address) {
        ADDRESS.set(address);
    }

    static void clear() {
        ADDRESS.remove();
    }
}
