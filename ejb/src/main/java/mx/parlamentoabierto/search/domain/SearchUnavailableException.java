package mx.parlamentoabierto.search.domain;

/** The search engine cannot answer right now; the rest of the portal keeps working. */
public class SearchUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SearchUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
