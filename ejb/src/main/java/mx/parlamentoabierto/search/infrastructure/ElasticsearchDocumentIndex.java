package mx.parlamentoabierto.search.infrastructure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.SimpleQueryStringFlag;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.HighlighterType;
import co.elastic.clients.transport.BackoffPolicy;

import mx.parlamentoabierto.search.application.DocumentIndex;
import mx.parlamentoabierto.search.domain.BulkOutcome;
import mx.parlamentoabierto.search.domain.DocumentQuery;
import mx.parlamentoabierto.search.domain.DocumentSearchResult;
import mx.parlamentoabierto.search.domain.IndexedDocument;
import mx.parlamentoabierto.search.domain.SearchTimeoutException;

/**
 * {@link DocumentIndex} on Elasticsearch, sharing the client of {@link ElasticsearchSearchIndex}. Documents
 * are written with {@link BulkIngester}: every item is settled through the listener (429s retried by the
 * ingester with exponential backoff), and a whole-request failure is reported as "retry later", never lost.
 */
public class ElasticsearchDocumentIndex implements DocumentIndex {

    static final String DOCUMENTS = "documents";
    /** A query that looks like an identifier (gaceta number, file number): letters and digits with at least one digit. */
    private static final Pattern IDENTIFIER = Pattern.compile("(?=.*\\d)[\\p{L}\\d]+([-/.][\\p{L}\\d]+)*");
    private static final DateTimeFormatter REBUILD_SUFFIX = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS").withZone(ZoneOffset.UTC);

    /** How long a replaced index stays after the alias moved, for the searches already running on it. */
    private static final long RETIRE_GRACE_MILLIS = 5_000;

    /**
     * How far into a document's text highlighting looks (characters): matches past it still find the document, the
     * fragments come from before it (or the text's beginning). Measured in docs/decisions/0013.
     */
    public static final int MAX_HIGHLIGHTED_CHARACTERS = 30_000;
    /** The time budget of one search when none is configured. */
    public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(2);

    private final ElasticsearchSearchIndex base;
    private final ElasticsearchClient client;
    private final Duration budget;

    public ElasticsearchDocumentIndex(ElasticsearchSearchIndex base) {
        this(base, DEFAULT_BUDGET);
    }

    /**
     * @param budget the longest a search may take: Elasticsearch is asked to stop collecting hits at three
     *               quarters of it, and the portal stops waiting for the answer at the budget itself (closing the
     *               connection, which makes the node cancel the search)
     */
    public ElasticsearchDocumentIndex(ElasticsearchSearchIndex base, Duration budget) {
        this.base = base;
        this.client = base.client();
        this.budget = budget;
        base.definition(DOCUMENTS);
    }

    /** The alias searches go through (the current versioned index behind it changes on a rebuild). */
    public String alias() {
        return base.alias(DOCUMENTS);
    }

    @Override
    public BulkOutcome index(List<Item> items) {
        String target;
        try {
            target = base.currentIndex(DOCUMENTS);
        } catch (mx.parlamentoabierto.platform.SearchUnavailableException e) {
            Map<Long, String> all = new HashMap<>();
            items.forEach(item -> all.put(item.contextId(), e.getMessage()));
            return new BulkOutcome(Set.of(), Map.of(), all);
        }
        return index(items, target);
    }

    private BulkOutcome index(List<Item> items, String index) {
        Set<Long> indexed = ConcurrentHashMap.newKeySet();
        Map<Long, String> rejected = new ConcurrentHashMap<>();
        Map<Long, String> retryLater = new ConcurrentHashMap<>();
        if (items.isEmpty()) {
            return new BulkOutcome(indexed, rejected, retryLater);
        }
        BulkListener<Long> listener = new BulkListener<>() {
            @Override
            public void beforeBulk(long executionId, BulkRequest request, List<Long> contexts) {
                // nothing to prepare
            }

            @Override
            public void afterBulk(long executionId, BulkRequest request, List<Long> contexts, BulkResponse response) {
                List<BulkResponseItem> results = response.items();
                for (int i = 0; i < contexts.size() && i < results.size(); i++) {
                    Long context = contexts.get(i);
                    BulkResponseItem item = results.get(i);
                    if (item.error() == null) {
                        indexed.add(context);
                        rejected.remove(context);
                        retryLater.remove(context);
                    } else if (item.status() == 429) {
                        retryLater.put(context, "Elasticsearch saturado (429): " + item.error().reason());
                    } else {
                        rejected.put(context, item.error().type() + ": " + item.error().reason());
                    }
                }
            }

            @Override
            public void afterBulk(long executionId, BulkRequest request, List<Long> contexts, Throwable failure) {
                for (Long context : contexts) {
                    if (!indexed.contains(context)) {
                        retryLater.put(context, "Elasticsearch no respondió: " + failure.getMessage());
                    }
                }
            }
        };
        BulkIngester<Long> ingester = BulkIngester.of(b -> b.client(client)
                .maxOperations(200)
                .maxSize(8L * 1024 * 1024)
                .maxConcurrentRequests(1)
                .backoffPolicy(BackoffPolicy.exponentialBackoff(100L, 5))
                .listener(listener));
        try {
            for (Item item : items) {
                Map<String, Object> source = source(item.document());
                ingester.add(BulkOperation.of(op -> op.index(i -> i.index(index).id(item.document().indexId()).document(source))),
                        item.contextId());
            }
        } finally {
            ingester.close();
        }
        for (Item item : items) {
            long context = item.contextId();
            if (!indexed.contains(context) && !rejected.containsKey(context) && !retryLater.containsKey(context)) {
                retryLater.put(context, "sin respuesta de Elasticsearch para este elemento");
            }
        }
        return new BulkOutcome(indexed, rejected, retryLater);
    }

    static Map<String, Object> source(IndexedDocument d) {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("documentId", d.documentId());
        source.put("legislatureId", d.legislatureId());
        source.put("legislatureName", d.legislatureName());
        source.put("type", d.type());
        if (d.date() != null) {
            source.put("date", d.date().toString());
            source.put("year", d.date().getYear());
        }
        source.put("title", d.title());
        if (d.identifier() != null && !d.identifier().isBlank()) {
            source.put("identifier", d.identifier());
        }
        if (d.sourceUrl() != null) {
            source.put("sourceUrl", d.sourceUrl());
        }
        source.put("fileName", d.fileName());
        source.put("mediaType", d.mediaType());
        source.put("version", d.version());
        source.put("current", d.current());
        source.put("text", TextPassages.split(d.text() == null ? "" : d.text()));
        return source;
    }

    @Override
    public DocumentSearchResult search(DocumentQuery q) {
        return execute(searchRequest(q));
    }

    /** The request {@link #search} sends; public so benchmarks can send the very same query straight to Elasticsearch. */
    public SearchRequest searchRequest(DocumentQuery q) {
        List<Query> mainFilters = new ArrayList<>();
        mainFilters.add(Query.of(f -> f.term(t -> t.field("current").value(true))));
        if (q.from().isPresent() || q.to().isPresent()) {
            mainFilters.add(Query.of(f -> f.range(r -> r.date(d -> {
                d.field("date");
                q.from().ifPresent(from -> d.gte(from.toString()));
                q.to().ifPresent(to -> d.lte(to.toString()));
                return d;
            }))));
        }
        Query legislatureFilter = q.legislatures().isEmpty() ? null : terms("legislatureId", q.legislatures());
        Query typeFilter = q.types().isEmpty() ? null : terms("type", q.types());

        Query textQuery;
        if (q.text().isEmpty()) {
            textQuery = Query.of(m -> m.matchAll(a -> a));
        } else {
            String text = q.text();
            boolean identifierLike = IDENTIFIER.matcher(text).matches();
            textQuery = Query.of(b -> b.bool(bool -> {
                bool.should(s -> s.simpleQueryString(sq -> sq.query(text)
                        .fields("title^3", "title.exact^2", "text", "text.exact")
                        .defaultOperator(Operator.And)
                        .flags(SimpleQueryStringFlag.Phrase, SimpleQueryStringFlag.And, SimpleQueryStringFlag.Or,
                                SimpleQueryStringFlag.Not, SimpleQueryStringFlag.Prefix, SimpleQueryStringFlag.Precedence,
                                SimpleQueryStringFlag.Whitespace)));
                if (identifierLike) {
                    // an identifier match comes first, whatever the text says
                    bool.should(s -> s.constantScore(c -> c.filter(f -> f.term(t -> t.field("identifier").value(text))).boost(1000f)));
                }
                return bool.minimumShouldMatch("1");
            }));
        }
        Query main = Query.of(b -> b.bool(bool -> bool.must(textQuery).filter(mainFilters)));
        List<Query> postFilters = new ArrayList<>();
        if (legislatureFilter != null) {
            postFilters.add(legislatureFilter);
        }
        if (typeFilter != null) {
            postFilters.add(typeFilter);
        }
        Map<String, Aggregation> aggregations = new HashMap<>();
        aggregations.put("legislature", facet(typeFilter, "legislatureId", 100));
        aggregations.put("type", facet(legislatureFilter, "type", 30));
        aggregations.put("year", facet(both(legislatureFilter, typeFilter), "year", 100));

        SearchRequest request = SearchRequest.of(s -> {
            s.index(alias()).query(main).from((q.page() - 1) * q.size()).size(q.size()).trackTotalHits(t -> t.enabled(true))
                    .source(src -> src.filter(f -> f.excludes("text")))
                    .aggregations(aggregations)
                    .timeout(budget.toMillis() * 3 / 4 + "ms")
                    .highlight(h -> h.encoder(HighlighterEncoder.Html).preTags("<mark>").postTags("</mark>")
                            .type(HighlighterType.Unified)
                            // Fragments come from the first MAX_HIGHLIGHTED_CHARACTERS of a document: the highlighter's
                            // work grows with every match it scores, and a 160-page debate holds thousands of "de".
                            .maxAnalyzedOffset(MAX_HIGHLIGHTED_CHARACTERS)
                            .fields("title", f -> f.numberOfFragments(0))
                            // One pass over the text for the stemmed and the exact field together (matched_fields),
                            // instead of highlighting the same passages twice.
                            .fields("text", f -> f.fragmentSize(220).numberOfFragments(3).noMatchSize(220).matchedFields("text", "text.exact")));
            if (!postFilters.isEmpty()) {
                s.postFilter(p -> p.bool(b -> b.filter(postFilters)));
            }
            if (q.sortByDate() || q.text().isEmpty()) {
                s.sort(o -> o.field(f -> f.field("date").order(SortOrder.Desc).missing("_last")))
                        .sort(o -> o.score(sc -> sc.order(SortOrder.Desc)));
            }
            return s;
        });
        return request;
    }

    /** The request's body as JSON, exactly as the client sends it. */
    public String json(SearchRequest request) {
        return co.elastic.clients.json.JsonpUtils.toJsonString(request, client._jsonpMapper());
    }

    /**
     * Sends the typed request's body on the calling thread ({@link ElasticsearchSearchIndex#postJson}) and reads
     * the answer in one streaming pass ({@link SearchAnswerReader}). The typed response model (every aggregate,
     * hit and highlight as objects) cost more CPU per search than the rest of the portal's request path
     * (docs/decisions/0008-search-api-servlet.md, 0010-search-round-trip-on-request-thread.md).
     */
    private DocumentSearchResult execute(SearchRequest request) {
        try {
            return base.postJson("/" + request.index().get(0) + "/_search", json(request).getBytes(StandardCharsets.UTF_8),
                    SearchAnswerReader::read, budget);
        } catch (java.net.SocketTimeoutException e) {
            throw new SearchTimeoutException("la búsqueda superó su presupuesto de " + budget.toMillis() + " ms", budget, e);
        } catch (IOException e) {
            throw ElasticsearchSearchIndex.unavailable("buscar documentos", e);
        }
    }

    private static Query terms(String field, Set<String> values) {
        List<FieldValue> list = values.stream().map(FieldValue::of).toList();
        return Query.of(f -> f.terms(t -> t.field(field).terms(v -> v.value(list))));
    }

    private static Query both(Query a, Query b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return Query.of(q -> q.bool(bool -> bool.filter(a, b)));
    }

    /** A facet counted under the other facets' filters (not its own), as users expect from facet lists. */
    private static Aggregation facet(Query otherFilters, String field, int size) {
        Query filter = otherFilters == null ? Query.of(m -> m.matchAll(a -> a)) : otherFilters;
        return Aggregation.of(a -> a.filter(filter).aggregations("values", v -> v.terms(t -> t.field(field).size(size))));
    }

    @Override
    public boolean needsRebuild() {
        return base.aliasPointsAtOlderVersion(base.definition(DOCUMENTS));
    }

    @Override
    public long count() {
        try {
            return client.count(c -> c.index(alias()).query(q -> q.matchAll(m -> m))).count();
        } catch (IOException | ElasticsearchException e) {
            throw ElasticsearchSearchIndex.unavailable("contar documentos", e);
        }
    }

    @Override
    public String rebuild(Supplier<List<IndexedDocument>> batches, Consumer<Integer> progress) {
        IndexDefinition definition = base.definition(DOCUMENTS);
        String next = definition.concreteName(base.prefix()) + "-r" + REBUILD_SUFFIX.format(Instant.now());
        base.createIfMissing(definition, next);
        int total = 0;
        long sequence = 0;
        for (List<IndexedDocument> batch = batches.get(); !batch.isEmpty(); batch = batches.get()) {
            List<Item> items = new ArrayList<>();
            for (IndexedDocument d : batch) {
                items.add(new Item(sequence++, d));
            }
            BulkOutcome outcome = index(items, next);
            if (!outcome.retryLater().isEmpty() || !outcome.rejected().isEmpty()) {
                deleteQuietly(next);
                throw new IllegalStateException("la reconstrucción falló: " + (outcome.rejected().isEmpty()
                        ? outcome.retryLater().values().iterator().next() : outcome.rejected().values().iterator().next()));
            }
            total += batch.size();
            progress.accept(total);
        }
        try {
            client.indices().refresh(r -> r.index(next));
        } catch (IOException | ElasticsearchException e) {
            throw ElasticsearchSearchIndex.unavailable("refrescar " + next, e);
        }
        List<String> previous = base.aliasTargets(alias());
        base.pointAlias(alias(), next);
        // A search that resolved the alias just before the swap is still reading the old index: deleting it at
        // once failed such a search (seen in DocumentPipelineIT). Rebuilds are rare; waiting costs nothing.
        try {
            Thread.sleep(RETIRE_GRACE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (String old : previous) {
            if (!old.equals(next)) {
                deleteQuietly(old);
            }
        }
        return next;
    }

    /** Makes recent writes visible to search (tests and the end of an import). */
    public void refresh() {
        try {
            client.indices().refresh(r -> r.index(alias()));
        } catch (IOException | ElasticsearchException e) {
            throw ElasticsearchSearchIndex.unavailable("refrescar", e);
        }
    }

    private void deleteQuietly(String index) {
        try {
            client.indices().delete(d -> d.index(index).ignoreUnavailable(true));
        } catch (IOException | ElasticsearchException e) {
            // an orphan index is harmless; it is never behind the alias
        }
    }


}
