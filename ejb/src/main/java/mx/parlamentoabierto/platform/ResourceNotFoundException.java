package mx.parlamentoabierto.platform;

/** Asked for something that does not exist (an edition, legislature, methodology, document…); answered as 404. */
public class ResourceNotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String field;

    public ResourceNotFoundException(String message) {
        this(null, message);
    }

    /** Not found, naming the input that named it (a path parameter or a JSON member). */
    public ResourceNotFoundException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
