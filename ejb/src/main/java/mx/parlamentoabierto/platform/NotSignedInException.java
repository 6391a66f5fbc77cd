package mx.parlamentoabierto.platform;

/** The request needs an account and came without one; answered as 401 with the HTTP Basic challenge. */
public class NotSignedInException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotSignedInException(String message) {
        super(message);
    }
}
