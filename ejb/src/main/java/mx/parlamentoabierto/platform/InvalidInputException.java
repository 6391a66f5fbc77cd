package mx.parlamentoabierto.platform;

/**
 * Input that breaks a rule, naming the field that broke it (a JSON member, a form field, a column); answered as
 * a 400 problem whose {@code field} member says where.
 */
public class InvalidInputException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
