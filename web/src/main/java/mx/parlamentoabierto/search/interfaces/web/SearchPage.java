package mx.parlamentoabierto.search.interfaces.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import mx.parlamentoabierto.document.domain.DocumentType;
import mx.parlamentoabierto.identity.interfaces.web.CurrentCaller;
import mx.parlamentoabierto.legislature.application.LegislatureCatalog;
import mx.parlamentoabierto.legislature.domain.Legislature;
import mx.parlamentoabierto.platform.RetryLaterException;
import mx.parlamentoabierto.platform.SearchUnavailableException;
import mx.parlamentoabierto.platform.interfaces.rest.IsoDate;
import mx.parlamentoabierto.platform.interfaces.rest.Problem;
import mx.parlamentoabierto.platform.interfaces.web.Formats;
import mx.parlamentoabierto.platform.interfaces.web.PageAddress;
import mx.parlamentoabierto.search.application.SearchAdmission;
import mx.parlamentoabierto.search.domain.DocumentQuery;
import mx.parlamentoabierto.search.domain.DocumentSearchResult;
import mx.parlamentoabierto.search.domain.RecordKind;
import mx.parlamentoabierto.search.domain.RecordQuery;
import mx.parlamentoabierto.search.domain.RecordSearchResult;
import mx.parlamentoabierto.vote.domain.VoteOption;

/**
 * {@code buscar.xhtml?q=&clase=&legislatura=&tipo=&desde=&hasta=&orden=&pagina=}: the search page. {@code clase} chooses
 * what is listed — documents of the archive (the default), vote events or legislators — and the kind facet counts all
 * three for the same words, legislature and dates (the document type is a filter of documents only; a legislator has no
 * date).
 */
@Named
@RequestScoped
public class SearchPage {

    static final int PAGE_SIZE = 20;

    @Inject
    SearchAdmission admission;
    @Inject
    mx.parlamentoabierto.vote.application.VoteQueries voteQueries;
    @Inject
    LegislatureCatalog legislatures;

    private String q;
    private String kind;
    private String legislature;
    private String type;
    private String from;
    private String to;
    private String order;
    private int page = 1;
    private String pageText;
    private DocumentSearchResult result;
    private RecordSearchResult recordResult;
    private mx.parlamentoabierto.search.domain.SpeechSearchResult speechResult;
    /** Speeches only: the speaker (person id), their group's name and the role they spoke in. */
    private String persona;
    private String grupo;
    private String rol;
    private final Map<RecordKind, Long> kindCounts = new java.util.EnumMap<>(RecordKind.class);
    private String error;
    private Map<String, String> legislatureNames;

    public void load() {
        page = parsePage(pageText);
        try {
            admission.admit(CurrentCaller.get(), q, () -> {
                search();
                long pages = getPages();
                if (pages > 0 && page > pages) {
                    // past the last page (an old link, a hand-written address): the last page, saying so
                    clampedFrom = page;
                    page = (int) pages;
                    kindCounts.clear();
                    search();
                }
                return null;
            });
        } catch (RetryLaterException e) {
            error = e.getMessage();
            jakarta.faces.context.ExternalContext external = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
            external.setResponseStatus(e.status());
            external.setResponseHeader("Retry-After", String.valueOf(mx.parlamentoabierto.platform.interfaces.rest.Problem.retryAfterSeconds(e.retryAfter())));
        } catch (SearchUnavailableException e) {
            error = e.publicDetail();
            jakarta.faces.context.ExternalContext external = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
            external.setResponseStatus(503);
            external.setResponseHeader("Retry-After", "5");
        } catch (IllegalArgumentException e) {
            error = pageError(e.getMessage());
            // the page still renders, with the form and the reason, but says what it is: a request to correct
            jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(400);
        }
    }

    private Integer clampedFrom;

    /** The page asked for when it was past the last one (the page shown is the last). */
    public Integer getClampedFrom() {
        return clampedFrom;
    }

    static int parsePage(String text) {
        return PageAddress.pageNumber(text, DocumentQuery.MAX_WINDOW / PAGE_SIZE);
    }

    /**
     * A query's complaint ("from: …", the API's parameter names) said with this page's field names, in the page's
     * language.
     */
    static String pageError(String message) {
        return pageError(message, Formats.pageLocale());
    }

    static String pageError(String message, java.util.Locale locale) {
        if (message == null) {
            return "";
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(q|from|to|page|size|clase|tipo|desde|hasta): (.*)$", java.util.regex.Pattern.DOTALL)
                .matcher(message);
        if (!m.matches()) {
            return message;
        }
        String field = switch (m.group(1)) {
            case "q" -> Formats.message("search.query", locale);
            case "from", "desde" -> Formats.message("search.from", locale);
            case "to", "hasta" -> Formats.message("search.to", locale);
            case "page" -> Formats.message("search.page", locale);
            case "tipo" -> Formats.message("search.type", locale);
            default -> m.group(1);
        };
        return field + ": " + m.group(2);
    }

    private static String label(String key) {
        return Formats.message(key, Formats.pageLocale());
    }

    private void search() {
        Optional<LocalDate> fromDate = IsoDate.optional("desde", from);
        Optional<LocalDate> toDate = IsoDate.optional("hasta", to);
        Set<String> types = type == null || type.isBlank() ? Set.of()
                : Set.of(DocumentType.fromCode(type).map(DocumentType::code).orElseThrow(() -> new IllegalArgumentException("tipo desconocido")));
        Set<String> legs = legislature == null || legislature.isBlank() ? Set.of() : Set.of(legislature);
        RecordKind listed = RecordKind.fromCode(kind);
        mx.parlamentoabierto.search.domain.SpeechQuery speeches = new mx.parlamentoabierto.search.domain.SpeechQuery(q, legs, optional(persona),
                optional(grupo), optional(rol), Optional.empty(), fromDate, toDate, Math.max(1, page), PAGE_SIZE);
        if (listed == RecordKind.SPEECH) {
            speechResult = admission.speeches(CurrentCaller.get(), speeches);
            kindCounts.put(RecordKind.SPEECH, speechResult.total());
            kindCounts.put(RecordKind.DOCUMENT, admission.documents(CurrentCaller.get(), new DocumentQuery(q, legs, Set.of(), fromDate, toDate, false, 1, 1)).total());
        } else if (listed == RecordKind.DOCUMENT) {
            result = admission.documents(CurrentCaller.get(), new DocumentQuery(q, legs, types, fromDate, toDate, "fecha".equals(order), Math.max(1, page), PAGE_SIZE));
            // the type facet is counted without the type filter: its sum is every document of these words
            kindCounts.put(RecordKind.DOCUMENT, result.typeFacet().values().stream().mapToLong(Long::longValue).sum());
        } else {
            recordResult = admission.records(CurrentCaller.get(), new RecordQuery(q, listed, legs, fromDate, toDate, Math.max(1, page), PAGE_SIZE));
            kindCounts.put(listed, recordResult.total());
            kindCounts.put(RecordKind.DOCUMENT, admission.documents(CurrentCaller.get(), new DocumentQuery(q, legs, Set.of(), fromDate, toDate, false, 1, 1)).total());
        }
        RecordQuery counted = new RecordQuery(q, RecordKind.VOTE_EVENT, legs, fromDate, toDate, 1, 0);
        for (RecordKind other : List.of(RecordKind.VOTE_EVENT, RecordKind.PERSON)) {
            if (other != listed) {
                kindCounts.put(other, admission.records(CurrentCaller.get(), counted.of(other, 0)).total());
            }
        }
        if (listed != RecordKind.SPEECH) {
            kindCounts.put(RecordKind.SPEECH, admission.speeches(CurrentCaller.get(), new mx.parlamentoabierto.search.domain.SpeechQuery(q, legs,
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), fromDate, toDate, 1, 0)).total());
        }
    }

    private static Optional<String> optional(String value) {
        return notBlank(value) ? Optional.of(value.strip()) : Optional.empty();
    }

    /** One active filter as a removable chip: what it is, and this page without it. */
    public record Chip(String label, String value, String removeUrl) {
    }

    /** The filters and order in force, each removable on its own. */
    public List<Chip> getChips() {
        List<Chip> chips = new java.util.ArrayList<>();
        if (notBlank(q)) {
            chips.add(new Chip(label("search.query"), q, url("q", null)));
        }
        if (notBlank(legislature)) {
            chips.add(new Chip(label("search.legislature"), legislatureName(legislature), url("legislatura", null)));
        }
        if (notBlank(type)) {
            chips.add(new Chip(label("search.type"), typeName(type), url("tipo", null)));
        }
        if (notBlank(from)) {
            chips.add(new Chip(label("search.from"), from, url("desde", null)));
        }
        if (notBlank(to)) {
            chips.add(new Chip(label("search.to"), to, url("hasta", null)));
        }
        if (notBlank(persona)) {
            chips.add(new Chip(label("search.speaker"), speakerName(), url("persona", null)));
        }
        if (notBlank(grupo)) {
            chips.add(new Chip(label("search.group"), grupo, url("grupo", null)));
        }
        if (notBlank(rol)) {
            chips.add(new Chip(label("search.role"), label("debate.role." + rol), url("rol", null)));
        }
        if ("fecha".equals(order)) {
            chips.add(new Chip(label("search.order"), label("search.byDate"), url("orden", null)));
        }
        return chips;
    }

    private Map<Long, String> voteEventsOfHits;

    /**
     * A document found, opened with the search words so they are marked in its text — or, for the archived source page
     * of a roll call, the roll call's own page (each kind of result opens its own page).
     */
    public String documentUrl(long id) {
        if (voteEventsOfHits == null) {
            voteEventsOfHits = result == null ? Map.of()
                    : voteQueries.eventsArchivedAs(result.hits().stream().map(DocumentSearchResult.Hit::documentId).toList());
        }
        String event = voteEventsOfHits.get(id);
        if (event != null) {
            return new PageAddress("votacion.xhtml").with("id", event).toString();
        }
        return new PageAddress("documento.xhtml").with("id", String.valueOf(id)).with("q", notBlank(q) ? q : null).toString();
    }

    /** The same words without any filter. */
    public String getClearUrl() {
        return new PageAddress("buscar.xhtml").with("q", q).with("clase", kind).toString();
    }

    /** The speaker filtered on, by name when a hit gives it. */
    String speakerName() {
        return speechResult == null ? persona : speechResult.hits().stream().filter(h -> persona.equals(h.personId())).map(h -> h.speakerName())
                .findFirst().orElse(persona);
    }

    /** A speech found: its place on its sitting's page. */
    public String speechUrl(String debateId, int position) {
        return mx.parlamentoabierto.debate.interfaces.web.SittingPage.address(debateId, position);
    }

    public boolean isFiltered() {
        return notBlank(legislature) || notBlank(type) || notBlank(from) || notBlank(to) || notBlank(persona) || notBlank(grupo) || notBlank(rol);
    }

    /** Nothing found for what was asked. */
    public boolean isNoResults() {
        return error == null && (result != null ? result.total() == 0
                : recordResult != null ? recordResult.total() == 0 : speechResult != null && speechResult.total() == 0);
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
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

    /** The kinds with their counts, in the facet's order. */
    public List<Map.Entry<RecordKind, Long>> getKinds() {
        return List.copyOf(kindCounts.entrySet());
    }

    public RecordKind getListedKind() {
        return RecordKind.fromCode(kind);
    }

    /** This page for another kind: the document type goes, as only documents have one. */
    public String kindUrl(RecordKind other) {
        return url("clase", other == RecordKind.DOCUMENT ? null : other.code(), "tipo", other == RecordKind.DOCUMENT ? type : null);
    }

    /** The page of a vote event or legislator found. */
    public String recordUrl(String id) {
        return new PageAddress(getListedKind() == RecordKind.PERSON ? "legislador.xhtml" : "votacion.xhtml").with("id", id).toString();
    }

    /** A vote event's counts as the page shows them: the options that got votes, in the options' order. */
    public List<Map.Entry<VoteOption, Integer>> counts(Map<String, Integer> byCode) {
        List<Map.Entry<VoteOption, Integer>> shown = new java.util.ArrayList<>();
        for (VoteOption option : VoteOption.values()) {
            int n = byCode.getOrDefault(option.code(), 0);
            if (n > 0) {
                shown.add(Map.entry(option, n));
            }
        }
        return shown;
    }

    public String typeName(String code) {
        return DocumentType.fromCode(code).map(t -> Formats.documentTypeName(t, Formats.pageLocale())).orElse(code);
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
        PageAddress url = new PageAddress("buscar.xhtml").with("q", q).with("clase", kind).with("legislatura", legislature).with("tipo", type).with("desde", from)
                .with("hasta", to).with("orden", order).with("persona", persona).with("grupo", grupo).with("rol", rol).with("pagina", null).with(name, value);
        if (otherName != null) {
            url.with(otherName, otherValue);
        }
        return url.toString();
    }

    /** This search as an Atom feed (the newest documents that match), for a reader to follow. */
    public String getFeedUrl() {
        return new PageAddress("api/feeds/search").with("q", q).with("legislatura", legislature).with("tipo", type).with("desde", from)
                .with("hasta", to).toString();
    }

    public long getPages() {
        long total = result != null ? result.total() : recordResult != null ? recordResult.total() : speechResult != null ? speechResult.total() : 0;
        return Math.min((total + PAGE_SIZE - 1) / PAGE_SIZE, DocumentQuery.MAX_WINDOW / PAGE_SIZE);
    }

    /** True once a search ran (of any kind). */
    public boolean isSearched() {
        return result != null || recordResult != null || speechResult != null;
    }

    public DocumentSearchResult getResult() { return result; }
    public RecordSearchResult getRecordResult() { return recordResult; }
    public mx.parlamentoabierto.search.domain.SpeechSearchResult getSpeechResult() { return speechResult; }
    public String getPersona() { return persona; }
    public void setPersona(String persona) { this.persona = persona; }
    public String getGrupo() { return grupo; }
    public void setGrupo(String grupo) { this.grupo = grupo; }
    public String getRol() { return rol; }
    public void setRol(String rol) { this.rol = rol; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
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
    public String getPagina() { return pageText; }
    public void setPagina(String pagina) { this.pageText = pagina; }
}
