package mx.parlamentoabierto.vote.application;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import mx.parlamentoabierto.document.application.Extraction;
import mx.parlamentoabierto.document.application.TextExtractor;
import mx.parlamentoabierto.identity.application.DataImportAccess;
import mx.parlamentoabierto.identity.domain.Caller;
import mx.parlamentoabierto.platform.InvalidInputException;
import mx.parlamentoabierto.platform.TemporaryFile;
import mx.parlamentoabierto.scrapers.spi.Page;
import mx.parlamentoabierto.scrapers.spi.PageException;
import mx.parlamentoabierto.scrapers.spi.ScrapeContext;
import mx.parlamentoabierto.scrapers.spi.ScrapedRecord;
import mx.parlamentoabierto.scrapers.spi.ScrapedVoteEvent;
import mx.parlamentoabierto.scrapers.spi.Scraper;

/**
 * One page handed to a scraper inside the portal: read (as extracted text, through the Tika workers, for scrapers of
 * documents such as the Senado's vote PDFs), and every roll call it holds stored with the page archived once. A page
 * the scraper cannot read is refused naming the page and why; a page without records is empty when the scraper says its
 * source has such pages, and refused otherwise.
 */
@ApplicationScoped
public class ScrapedPages {

    /** What a page came to: the outcome of each of its roll calls (none for an empty page). */
    public record Result(String page, List<VoteImport.Outcome> outcomes) {

        public boolean empty() {
            return outcomes.isEmpty();
        }
    }

    private VoteImport votes;
    private TextExtractor extractor;

    protected ScrapedPages() {
        // CDI proxy
    }

    @Inject
    public ScrapedPages(VoteImport votes, TextExtractor extractor) {
        this.votes = votes;
        this.extractor = extractor;
    }

    public Result read(Caller caller, Scraper scraper, Page page, String term) {
        DataImportAccess.require(caller, scraper.legislatureId());
        List<ScrapedRecord> records;
        try {
            records = scraper.read(scraper.readsExtractedText() ? asText(page) : page, ScrapeContext.savedPages(term));
        } catch (PageException e) {
            throw new InvalidInputException("page", page.name() + ": " + e.getMessage());
        }
        if (records.isEmpty() && !scraper.pagesMayHoldNone()) {
            throw new InvalidInputException("page", page.name() + ": la página no tiene ningún registro que el scraper '" + scraper.name() + "' lea");
        }
        List<VoteImport.Outcome> outcomes = new ArrayList<>();
        for (ScrapedRecord record : records) {
            if (!(record instanceof ScrapedVoteEvent event)) {
                throw new InvalidInputException("scraper", "El scraper '" + scraper.name() + "' produce registros que este portal aún no guarda.");
            }
            try {
                outcomes.add(votes.importScraped(caller, event, page.content()));
            } catch (InvalidInputException e) {
                throw new InvalidInputException(e.field(), page.name() + ": " + e.getMessage());
            }
        }
        return new Result(page.name(), outcomes);
    }

    /** The page as the text the extraction workers give (its original bytes are what gets archived). */
    private Page asText(Page page) {
        Extraction extraction = TemporaryFile.read(page.content(), "pagina-", extractor::extract);
        if (!extraction.succeeded()) {
            throw new InvalidInputException("page", page.name() + ": no se pudo extraer el texto: " + extraction.failureReason());
        }
        return new Page(page.name(), extraction.text().getBytes(StandardCharsets.UTF_8), page.sourceUrl(), page.retrievedAt());
    }
}
