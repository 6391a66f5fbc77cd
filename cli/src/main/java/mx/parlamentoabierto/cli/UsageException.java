package mx.parlamentoabierto.cli;

/** The command was called wrongly (exit status 2): the message says what, and the usage follows. */
public final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
