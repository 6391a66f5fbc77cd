package mx.parlamentoabierto.scrapers.spi;

import java.net.URI;

/** Receives what a scraper finds. */
public interface ScrapeSink {

    void accept(ScrapedRecord record);

    /** An item that could not be read: counted and reported, the run goes on. */
    void skip(URI where, String reason);
}
