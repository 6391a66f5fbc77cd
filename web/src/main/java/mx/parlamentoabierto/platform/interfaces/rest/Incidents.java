package mx.parlamentoabierto.platform.interfaces.rest;

import java.security.SecureRandom;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Unexpected failures, wherever they are caught (the failure filter, the error page, the JAX-RS mapper): each gets
 * an incident id, written to the log with what happened, and the one public sentence that names it.
 */
public final class Incidents {

    private static final Logger LOG = Logger.getLogger(Incidents.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private Incidents() {
    }

    /**
     * Logs the failure (with its stack trace when there is one) under a new incident id.
     *
     * @return the id, for the client's answer
     */
    public static String record(String where, Throwable failure) {
        char[] id = new char[10];
        for (int i = 0; i < id.length; i++) {
            id[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        String incident = new String(id);
        LOG.log(Level.SEVERE, "Incidente " + incident + " en " + where, failure);
        return incident;
    }

    /** What the client is told about an incident: nothing but its id. */
    public static String publicDetail(String incident) {
        return "Error interno (incidente " + incident + "); quedó registrado y lo revisaremos.";
    }
}
