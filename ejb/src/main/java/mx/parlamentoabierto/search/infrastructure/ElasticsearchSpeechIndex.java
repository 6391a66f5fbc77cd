package mx.parlamentoabierto.search.infrastructure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
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
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import com.fasterxml.jackson.databind.JsonNode;

import mx.parlamentoabierto.platform.json.JsonMapping;
import mx.parlamentoabierto.search.application.SpeechIndex;
import mx.parlamentoabierto.search.domain.IndexedSpeech;
import mx.parlamentoabierto.search.domain.SearchTimeoutException;
import mx.parlamentoabierto.search.domain.SpeechQuery;
import mx.parlamentoabierto.search.domain.SpeechSearchResult;

/**
 * {@link SpeechIndex} on Elasticsearch, sharing the client of {@link ElasticsearchSearchIndex}: speeches in the
 * {@code speeches} index behind its alias (config/elasticsearch), the text with the archive's Spanish analysis and
 * highlighted passages; searches on the request thread with the archive's time budget and query syntax.
 */
public class ElasticsearchSpeechIndex implements SpeechIndex {

    static final String SPEECHES = "speeches";
    /** Speeches per bulk request: a long speech is tens of KB. */
    private static final int BULK = 200;

    private final ElasticsearchSearchIndex base;
    private final ElasticsearchClient client;
    private final Duration budget;

    public ElasticsearchSpeechIndex(ElasticsearchSearchIndex base, Duration budget) {
        this.base = base;
        this.client = base.client();
        this.budget = budget;
        base.definition(SPEECHES);
    }

    @Override
    public void replaceDebates(List<String> debateIds, List<IndexedSpeech> speeches) {
        if (debateIds.isEmpty()) {
            return;
        }
        String index = base.currentIndex(SPEECHES);
        Map<String, Integer> last = new HashMap<>();
        debateIds.forEach(id -> last.put(id, 0));
        speeches.forEach(s -> last.merge(s.debateId(), s.position(), Math::max));
        // what a debate held beyond its new last position (a later publication with fewer speeches) goes; the rest is overwritten by id
        List<Query> beyond = new ArrayList<>();
        last.forEach((debate, position) -> beyond.add(Query.of(q -> q.bool(b -> b.filter(f -> f.term(t -> t.field("debateId").value(debate)))
                .filter(f -> f.range(r -> r.number(n -> n.field("position").gt((double) position))))))));
        // found and deleted by id: delete-by-query lives in a module (reindex) a minimal node may not carry
        try {
            client.indices().refresh(r -> r.index(index));
            var stale = client.search(s -> s.index(index).size(10_000).source(src -> src.fetch(false))
                    .query(q -> q.bool(b -> b.should(beyond).minimumShouldMatch("1"))), Void.class);
            if (!stale.hits().hits().isEmpty()) {
                BulkRequest.Builder delete = new BulkRequest.Builder();
                stale.hits().hits().forEach(h -> delete.operations(op -> op.delete(d -> d.index(index).id(h.id()))));
                client.bulk(delete.build());
            }
        } catch (IOException | ElasticsearchException e) {
            throw ElasticsearchSearchIndex.unavailable("borrar intervenciones", e);
        }
        for (int from = 0; from < speeches.size(); from += BULK) {
            List<IndexedSpeech> part = speeches.subList(from, Math.min(speeches.size(), from + BULK));
            BulkRequest.Builder bulk = new BulkRequest.Builder();
            for (IndexedSpeech s : part) {
                Map<String, Object> document = source(s);
                bulk.operations(op -> op.index(i -> i.index(index).id(s.id()).document(document)));
            }
            try {
                BulkResponse response = client.bulk(bulk.build());
                if (response.errors()) {
                    String reasons = response.items().stream().filter(i -> i.error() != null).map(i -> i.id() + ": " + i.error().reason()).limit(5)
                            .collect(Collectors.joining("; "));
                    if (response.items().stream().anyMatch(i -> i.error() != null && i.status() == 429)) {
                        throw ElasticsearchSearchIndex.unavailable("indexar intervenciones (saturado)", new IOException(reasons));
                    }
                    throw new IllegalStateException("Elasticsearch rechazó intervenciones: " + reasons);
                }
            } catch (IOException | ElasticsearchException e) {
                throw ElasticsearchSearchIndex.unavailable("indexar intervenciones", e);
            }
        }
    }

    private static Map<String, Object> source(IndexedSpeech s) {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("speechId", s.id());
        source.put("debateId", s.debateId());
        source.put("position", s.position());
        source.put("legislatureId", s.legislatureId());
        source.put("termId", s.termId());
        source.put("date", s.date().toString());
        source.put("year", s.date().getYear());
        source.put("personId", s.personId());
        source.put("speakerName", s.speakerName());
        source.put("groupId", s.groupId());
        source.put("groupName", s.groupName());
        source.put("role", s.role());
        source.put("heading", s.heading());
        source.put("headingCategory", s.headingCategory());
        source.put("text", s.text());
        source.put("words", s.words());
        source.values().removeIf(Objects::isNull);
        return source;
    }

    @Override
    public SpeechSearchResult search(SpeechQuery q) {
        SearchRequest request = searchRequest(q);
        String body = co.elastic.clients.json.JsonpUtils.toJsonString(request, client._jsonpMapper());
        JsonNode answer;
        try {
            answer = base.postJson("/" + request.index().get(0) + "/_search", body.getBytes(StandardCharsets.UTF_8), JsonMapping.MAPPER::readTree, budget);
        } catch (java.net.SocketTimeoutException e) {
            throw new SearchTimeoutException("la búsqueda superó su presupuesto de " + budget.toMillis() + " ms", budget, e);
        } catch (IOException e) {
            throw ElasticsearchSearchIndex.unavailable("buscar intervenciones", e);
        }
        List<SpeechSearchResult.Hit> hits = new ArrayList<>();
        for (JsonNode hit : answer.path("hits").path("hits")) {
            hits.add(hit(hit));
        }
        return new SpeechSearchResult(answer.path("hits").path("total").path("value").asLong(hits.size()), hits, facet(answer, "group"),
                facet(answer, "role"));
    }

    /** The request {@link #search} sends. */
    SearchRequest searchRequest(SpeechQuery q) {
        List<Query> filters = new ArrayList<>();
        if (!q.legislatures().isEmpty()) {
            filters.add(Query.of(f -> f.terms(t -> t.field("legislatureId").terms(v -> v.value(q.legislatures().stream().map(FieldValue::of).toList())))));
        }
        q.personId().ifPresent(p -> filters.add(Query.of(f -> f.term(t -> t.field("personId").value(p)))));
        q.groupId().ifPresent(g -> filters.add(Query.of(f -> f.term(t -> t.field("groupId").value(g)))));
        q.role().ifPresent(r -> filters.add(Query.of(f -> f.term(t -> t.field("role").value(r)))));
        q.termId().ifPresent(t -> filters.add(Query.of(f -> f.term(x -> x.field("termId").value(t)))));
        if (q.from().isPresent() || q.to().isPresent()) {
            filters.add(Query.of(f -> f.range(r -> r.date(d -> {
                d.field("date");
                q.from().ifPresent(from -> d.gte(from.toString()));
                q.to().ifPresent(to -> d.lte(to.toString()));
                return d;
            }))));
        }
        Query text = q.text().isEmpty() ? Query.of(m -> m.matchAll(a -> a)) : Query.of(s -> s.simpleQueryString(sq -> sq.query(q.text())
                .fields(List.of("text", "text.exact^2", "heading", "speakerName^3")).defaultOperator(Operator.And)
                .flags(SimpleQueryStringFlag.Phrase, SimpleQueryStringFlag.And, SimpleQueryStringFlag.Or, SimpleQueryStringFlag.Not,
                        SimpleQueryStringFlag.Prefix, SimpleQueryStringFlag.Precedence, SimpleQueryStringFlag.Whitespace)));
        Map<String, Aggregation> aggregations = new LinkedHashMap<>();
        aggregations.put("group", Aggregation.of(a -> a.terms(t -> t.field("groupName").size(30))));
        aggregations.put("role", Aggregation.of(a -> a.terms(t -> t.field("role").size(10))));
        return SearchRequest.of(s -> {
            s.index(base.alias(SPEECHES)).query(b -> b.bool(bool -> bool.must(text).filter(filters)))
                    .from((q.page() - 1) * q.size()).size(q.size()).trackTotalHits(t -> t.enabled(true)).aggregations(aggregations)
                    .source(src -> src.filter(f -> f.excludes("text")))
                    .timeout(budget.toMillis() * 3 / 4 + "ms");
            if (q.size() > 0) {
                s.highlight(h -> h.encoder(HighlighterEncoder.Html).preTags("<mark>").postTags("</mark>")
                        .fields("text", f -> f.fragmentSize(200).numberOfFragments(3).noMatchSize(200).matchedFields(List.of("text", "text.exact"))));
            }
            if (q.text().isEmpty()) {
                s.sort(o -> o.field(f -> f.field("date").order(SortOrder.Desc))).sort(o -> o.field(f -> f.field("debateId")))
                        .sort(o -> o.field(f -> f.field("position")));
            }
            return s;
        });
    }

    private static SpeechSearchResult.Hit hit(JsonNode hit) {
        JsonNode source = hit.path("_source");
        List<String> passages = new ArrayList<>();
        hit.path("highlight").path("text").forEach(p -> passages.add(p.asText()));
        return new SpeechSearchResult.Hit(text(source, "speechId"), text(source, "debateId"), source.path("position").asInt(),
                text(source, "legislatureId"), text(source, "termId"), LocalDate.parse(text(source, "date")), text(source, "personId"),
                Objects.requireNonNullElse(text(source, "speakerName"), ""), text(source, "groupName"),
                text(source, "role"), text(source, "heading"), passages, source.path("words").asInt());
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Map<String, Long> facet(JsonNode answer, String name) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (JsonNode bucket : answer.path("aggregations").path(name).path("buckets")) {
            counts.put(bucket.path("key").asText(), bucket.path("doc_count").asLong());
        }
        return counts;
    }

    @Override
    public void refresh() {
        try {
            client.indices().refresh(r -> r.index(base.alias(SPEECHES)));
        } catch (IOException | ElasticsearchException e) {
            throw ElasticsearchSearchIndex.unavailable("refrescar intervenciones", e);
        }
    }
}
