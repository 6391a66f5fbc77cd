package mx.parlamentoabierto.scrapers.spi;

import java.util.List;
import java.util.Set;

/**
 * Reads one kind of source of one legislature into typed records. A scraper is found by its {@link #name()} through
 * {@link java.util.ServiceLoader} ({@link Scrapers}); it reads pages it is given (saved by a harvester or fetched),
 * so the same code serves the portal's import endpoint and a headless run.
 */
public interface Scraper {

    /** The name operators call it by, e.g. {@code diputados-votaciones}. */
    String name();

    /** Stable id of the legislature this scraper covers, e.g. {@code diputados}. */
    String legislatureId();

    /** What this scraper produces. */
    Set<RecordKind> produces();

    /**
     * The records of one page; a page that cannot be read is a {@link PageException} naming why. A page that yields
     * none is an empty list, which is an error unless the scraper declares {@link #pagesMayHoldNone()}.
     */
    List<ScrapedRecord> read(Page page, ScrapeContext context) throws PageException;

    /**
     * True for sources most of whose pages hold no record of this kind (the Diario de los Debates: a roll call on a few
     * of its pages): such a page is reported as empty, not as an error. False by default: an empty page is an error.
     */
    default boolean pagesMayHoldNone() {
        return false;
    }

    /**
     * True for scrapers of documents whose layout is only readable as text (the Senado's vote PDFs): the portal hands
     * them a page whose content is the UTF-8 text the Tika workers extracted (lines as the document lays them out), and
     * archives the original bytes.
     */
    default boolean readsExtractedText() {
        return false;
    }

    /** Reads every page, handing each record or each page's problem to the sink; one bad page never stops the run. */
    default void scrape(List<Page> pages, ScrapeContext context, ScrapeSink sink) {
        for (Page page : pages) {
            try {
                List<ScrapedRecord> records = read(page, context);
                if (records.isEmpty() && !pagesMayHoldNone()) {
                    sink.skip(page.name(), "la página no tiene ningún registro que este scraper lea");
                }
                records.forEach(sink::accept);
            } catch (PageException e) {
                sink.skip(page.name(), e.getMessage());
            } catch (RuntimeException e) {
                sink.skip(page.name(), "no se pudo leer la página: " + e);
            }
        }
    }
}
