package mx.parlamentoabierto.document.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import mx.parlamentoabierto.document.application.DocumentCatalog;
import mx.parlamentoabierto.document.domain.Document;
import mx.parlamentoabierto.legislature.application.LegislatureCatalog;
import mx.parlamentoabierto.legislature.domain.Legislature;

/**
 * {@code documento.xhtml?id=…&q=…&pagina=…}: one document — its description in words, its history, and its extracted
 * text a page at a time with the search words marked and a way from each mark to the next.
 */
@Named
@RequestScoped
public class DocumentPage {

    @Inject
    DocumentCatalog catalog;
    @Inject
    LegislatureCatalog legislatures;

    private String id;
    private Document document;
    private String q;
    private String pageText;
    private MarkedText marked;
    private int page = 1;

    /** A missing, malformed or unknown id is a 404 page, never an error (the id comes straight from the address). */
    public void load() {
        Long number = null;
        if (id != null && id.strip().matches("\\d{1,18}")) {
            number = Long.valueOf(id.strip());
        }
        document = number == null ? null : catalog.find(number).orElse(null);
        if (document == null) {
            mx.parlamentoabierto.platform.interfaces.web.PageAddress.notFound("No existe el documento");
            return;
        }
        if (document.status() != mx.parlamentoabierto.document.domain.DocumentStatus.INDEXED
                && document.status() != mx.parlamentoabierto.document.domain.DocumentStatus.FAILED) {
            mx.parlamentoabierto.platform.interfaces.web.PublicPageCache.doNotKeep(); // its page changes once extracted
        }
    }

    @Inject
    mx.parlamentoabierto.vote.application.VoteQueries votes;

    private String voteEventId;
    private boolean voteEventLooked;

    /** The roll call this document is the archived source page of, if any. */
    public String getVoteEventId() {
        if (!voteEventLooked) {
            voteEventLooked = true;
            voteEventId = votes.eventsArchivedAs(java.util.List.of(document.id())).get(document.id());
        }
        return voteEventId;
    }

    /**
     * The name of another legislature the text's heading names while its own is not named (a Cámara transcript filed
     * under a state congress), or null: a hint for a reader and for the administration, which can correct it.
     */
    public String getOtherLegislature() {
        String head = mx.parlamentoabierto.document.domain.DocumentInference.heading(document.text());
        java.util.List<Legislature> all = legislatures.all();
        boolean ownNamed = all.stream().filter(l -> l.id().equals(document.legislatureId()))
                .anyMatch(l -> mx.parlamentoabierto.document.domain.DocumentInference.mentions(head, l.name()));
        if (ownNamed) {
            return null;
        }
        return all.stream().filter(l -> !l.id().equals(document.legislatureId()))
                .filter(l -> mx.parlamentoabierto.document.domain.DocumentInference.names(head, l.name())).map(Legislature::name).findFirst().orElse(null);
    }

    public String getLegislatureName() {
        return legislatures.find(document.legislatureId()).map(Legislature::name).orElse(document.legislatureId());
    }

    private MarkedText marked() {
        if (marked == null) {
            marked = new MarkedText(document.text(), q);
            page = mx.parlamentoabierto.platform.interfaces.web.PageAddress.pageNumber(pageText, marked.pages());
        }
        return marked;
    }

    /** The text of this page, as runs to show with the marked words apart. */
    public java.util.List<MarkedText.Segment> getSegments() {
        return marked().page(getPage());
    }

    public int getPage() {
        marked();
        return page;
    }

    public int getPages() {
        return marked().pages();
    }

    /** Marked words on this page. */
    public int getMatchesHere() {
        return marked().matchesPerPage()[getPage() - 1];
    }

    /** Marked words in the whole text. */
    public int getMatchesTotal() {
        return java.util.Arrays.stream(marked().matchesPerPage()).sum();
    }

    /** Where the mark after mark {@code n} of this page is: the next one here, or the first of the next page that has one. */
    public String nextMatch(int n) {
        if (n < getMatchesHere()) {
            return "#m" + (n + 1);
        }
        int[] counts = marked().matchesPerPage();
        for (int p = getPage() + 1; p <= counts.length; p++) {
            if (counts[p - 1] > 0) {
                return pageUrl(p) + "#m1";
            }
        }
        return null;
    }

    public String pageUrl(int number) {
        return new mx.parlamentoabierto.platform.interfaces.web.PageAddress("documento.xhtml").with("id", id).with("q", q)
                .with("pagina", number == 1 ? null : String.valueOf(number)).toString();
    }

    /** A status in words. */
    public String statusKey(mx.parlamentoabierto.document.domain.DocumentStatus status) {
        return "document.status." + status.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Back to the search these words came from. */
    public String getSearchUrl() {
        return new mx.parlamentoabierto.platform.interfaces.web.PageAddress("buscar.xhtml").with("q", q).toString();
    }

    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public String getPagina() { return pageText; }
    public void setPagina(String pagina) { this.pageText = pagina; }

    public Document getDocument() { return document; }
    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
}
