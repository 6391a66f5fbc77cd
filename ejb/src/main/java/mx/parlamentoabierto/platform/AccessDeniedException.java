package mx.parlamentoabierto.platform;


/** The caller is known but may not do this; answered as 403 (or 401 to the public, see {@link NotSignedInException}). */
public class AccessDeniedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }
}
