package mx.parlamentoabierto.scrapers.spi;

/** Receives what a scraper finds. */
public interface ScrapeSink {

    void accept(ScrapedRecord record);

    /** An item that could not be read: counted and reported with what is wrong, the run goes on. */
    void skip(String where, String reason);
}
