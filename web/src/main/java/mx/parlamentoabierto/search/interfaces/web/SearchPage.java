package mx.parlamentoabierto.search.interfaces.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import mx.parlamentoabierto.document.domain.DocumentType;
import mx.parlamentoabierto.legislature.application.LegislatureCatalog;
import mx.parlamentoabierto.legislature.domain.Legislature;
import mx.parlamentoabierto.platform.interfaces.web.PageAddress;
import mx.parlamentoabierto.search.application.DocumentIndex;
import mx.parlamentoabierto.search.domain.DocumentQuery;
import mx.parlamentoabierto.search.domain.DocumentSearchResult;
import mx.parlamentoabierto.search.domain.SearchUnavailableException;

/** {@code buscar.xhtml?q=&legislatura=&tipo=&desde=&hasta=&orden=&pagina=}: the archive search page. */
@Named
@RequestScoped
public class SearchPage {

    static final int PAGE_SIZE = 20;

    @Inject
    DocumentIndex index;
    @Inject
    LegislatureCatalog legislatures;

    private String q;
    private String legislature;
    private String type;
    private String from;
    private String to;
    private String order;
    private int page = 1;
    private DocumentSearchResult result;
    private String error;
    private Map<String, String> legislatureNames;

    public void load() {
        try {
            Optional<LocalDate> fromDate = date(from);
            Optional<LocalDate> toDate = date(to);
            Set<String> types = type == null || type.isBlank() ? Set.of()
                    : Set.of(DocumentType.fromCode(type).map(DocumentType::code).orElseThrow(() -> new IllegalArgumentException("tipo desconocido")));
            Set<String> legs = legislature == null || legislature.isBlank() ? Set.of() : Set.of(legislature);
            result = index.search(new DocumentQuery(q, legs, types, fromDate, toDate, "fecha".equals(order), Math.max(1, page), PAGE_SIZE));
        } catch (SearchUnavailableException e) {
            error = e.publicDetail();
            jakarta.faces.context.ExternalContext external = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
            external.setResponseStatus(503);
            external.setResponseHeader("Retry-After", "5");
        } catch (IllegalArgumentException e) {
            error = e.getMessage();
            // the page still renders, with the form and the reason, but says what it is: a request to correct
            jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(400);
        }
    }

    private static Optional<LocalDate> date(String value) {
        try {
            return value == null || value.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("fecha inválida: " + value);
        }
    }

    public List<HighlightedText.Segment> segments(String fragment) {
        return HighlightedText.segments(fragment);
    }

    public String legislatureName(String id) {
        if (legislatureNames == null) {
            legislatureNames = new LinkedHashMap<>();
            for (Legislature l : legislatures.all()) {
                legislatureNames.put(l.id(), l.name());
            }
        }
        return legislatureNames.getOrDefault(id, id);
    }

    public String typeName(String code) {
        return DocumentType.fromCode(code).map(DocumentType::spanishName).orElse(code);
    }

    public List<DocumentType> getTypes() {
        return List.of(DocumentType.values());
    }

    public String pageUrl(int number) {
        return url("pagina", String.valueOf(number));
    }

    /** The URL that limits the search to one year of document dates. */
    public String yearUrl(String year) {
        return url("desde", year + "-01-01", "hasta", year + "-12-31");
    }

    public String url(String name, String value) {
        return url(name, value, null, null);
    }

    /** This page's URL with parameters changed (null removes one); the page resets unless it is the page. */
    public String url(String name, String value, String otherName, String otherValue) {
        PageAddress url = new PageAddress("buscar.xhtml").with("q", q).with("legislatura", legislature).with("tipo", type).with("desde", from)
                .with("hasta", to).with("orden", order).with("pagina", null).with(name, value);
        if (otherName != null) {
            url.with(otherName, otherValue);
        }
        return url.toString();
    }

    public long getPages() {
        return result == null ? 0 : Math.min((result.total() + PAGE_SIZE - 1) / PAGE_SIZE, DocumentQuery.MAX_WINDOW / PAGE_SIZE);
    }

    public DocumentSearchResult getResult() { return result; }
    public String getError() { return error; }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public String getLegislature() { return legislature; }
    public void setLegislature(String legislature) { this.legislature = legislature; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
    public String getOrder() { return order; }
    public void setOrder(String order) { this.order = order; }
    public int getPage() { return page; }
    public void setPage(int page) { this.page = page; }
}
