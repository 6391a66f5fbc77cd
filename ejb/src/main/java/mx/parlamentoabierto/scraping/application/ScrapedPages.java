package mx.parlamentoabierto.scraping.application;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import mx.parlamentoabierto.debate.application.DebateImport;
import mx.parlamentoabierto.document.application.Extraction;
import mx.parlamentoabierto.document.application.TextExtractor;
import mx.parlamentoabierto.identity.application.DataImportAccess;
import mx.parlamentoabierto.identity.domain.Caller;
import mx.parlamentoabierto.platform.InvalidInputException;
import mx.parlamentoabierto.platform.TemporaryFile;
import mx.parlamentoabierto.scrapers.spi.Page;
import mx.parlamentoabierto.scrapers.spi.PageException;
import mx.parlamentoabierto.scrapers.spi.ScrapeContext;
import mx.parlamentoabierto.scrapers.spi.ScrapedDebate;
import mx.parlamentoabierto.scrapers.spi.ScrapedRecord;
import mx.parlamentoabierto.scrapers.spi.ScrapedVoteEvent;
import mx.parlamentoabierto.scrapers.spi.Scraper;
import mx.parlamentoabierto.vote.application.VoteImport;

/**
 * One page handed to a scraper inside the portal: read (as extracted text, through the Tika workers, for scrapers of
 * documents such as the Senado's vote PDFs), and every record it holds stored by the feature that owns its kind — roll
 * calls by the vote import, a sitting's transcript by the debate import — with the page archived. A page
 * the scraper cannot read is refused naming the page and why; a page without records is empty when the scraper says its
 * source has such pages, and refused otherwise.
 */
@ApplicationScoped
public class ScrapedPages {

    /** What a page came to: the outcome of each of its roll calls and of its debate (none for an empty page). */
    public record Result(String page, List<VoteImport.Outcome> outcomes, List<DebateImport.Outcome> debates) {

        public boolean empty() {
            return outcomes.isEmpty() && debates.isEmpty();
        }
    }

    private VoteImport votes;
    private DebateImport debates;
    private TextExtractor extractor;

    protected ScrapedPages() {
        // CDI proxy
    }

    @Inject
    public ScrapedPages(VoteImport votes, DebateImport debates, TextExtractor extractor) {
        this.votes = votes;
        this.debates = debates;
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
        List<DebateImport.Outcome> debateOutcomes = new ArrayList<>();
        for (ScrapedRecord record : records) {
            try {
                if (record instanceof ScrapedVoteEvent event) {
                    outcomes.add(votes.importScraped(caller, event, page.content()));
                } else if (record instanceof ScrapedDebate debate) {
                    debateOutcomes.add(debates.importScraped(caller, debate, page.content()));
                }
            } catch (InvalidInputException e) {
                throw new InvalidInputException(e.field(), page.name() + ": " + e.getMessage());
            }
        }
        return new Result(page.name(), outcomes, debateOutcomes);
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
