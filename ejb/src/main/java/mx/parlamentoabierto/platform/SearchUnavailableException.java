package mx.parlamentoabierto.platform;

/** The search engine cannot answer right now; the rest of the portal keeps working. */
public class SearchUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** What the public is told; the message (with the engine's error) is for the log. */
    public static final String PUBLIC_DETAIL = "La búsqueda no está disponible en este momento; el resto del portal funciona.";

    public SearchUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    /** What the public is told about this failure. */
    public String publicDetail() {
        return PUBLIC_DETAIL;
    }
}
