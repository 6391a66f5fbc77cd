package mx.parlamentoabierto.scrapers.spi;

/** One page cannot be read: the message says what is wrong with it in the words an operator acts on. */
public class PageException extends Exception {
    private static final long serialVersionUID = 1L;

    public PageException(String message) {
        super(message);
    }
}
