package mx.parlamentoabierto.searchnode.launcher;

/** The node could not be prepared, started or stopped; the message says why and what to do. */
public class SearchNodeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SearchNodeException(String message) {
        super(message);
    }

    public SearchNodeException(String message, Throwable cause) {
        super(message, cause);
    }
}
