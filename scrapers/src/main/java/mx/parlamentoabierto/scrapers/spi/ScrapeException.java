package mx.parlamentoabierto.scrapers.spi;

/** The whole scrape cannot proceed (site unreachable, layout changed beyond recognition). */
public class ScrapeException extends Exception {
    private static final long serialVersionUID = 1L;

    public ScrapeException(String message, Throwable cause) {
        super(message, cause);
    }

    public ScrapeException(String message) {
        super(message);
    }
}
