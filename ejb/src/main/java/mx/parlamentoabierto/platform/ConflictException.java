package mx.parlamentoabierto.platform;

/**
 * A request that is valid but cannot apply to the resource as it is now: a stale write (someone else changed it),
 * a transition out of order, writing to a published edition, acting outside a window. Answered as 409.
 */
public class ConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String field;

    public ConflictException(String message) {
        this(null, message);
    }

    public ConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
