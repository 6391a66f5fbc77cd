package mx.parlamentoabierto.scoring.application;

/** Asked for an edition, legislature or methodology that does not exist. */
public class EditionNotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public EditionNotFoundException(String message) {
        super(message);
    }
}
