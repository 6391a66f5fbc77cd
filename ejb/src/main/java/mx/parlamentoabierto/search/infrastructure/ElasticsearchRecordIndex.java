package mx.parlamentoabierto.search.infrastructure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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
import com.fasterxml.jackson.databind.ObjectMapper;

import mx.parlamentoabierto.platform.json.JsonMapping;
import mx.parlamentoabierto.search.application.RecordIndex;
import mx.parlamentoabierto.search.domain.IndexedPerson;
import mx.parlamentoabierto.search.domain.IndexedVoteEvent;
import mx.parlamentoabierto.search.domain.RecordKind;
import mx.parlamentoabierto.search.domain.RecordQuery;
import mx.parlamentoabierto.search.domain.RecordSearchResult;
import mx.parlamentoabierto.search.domain.SearchTimeoutException;

/**
 * {@link RecordIndex} on Elasticsearch, sharing the client of {@link ElasticsearchSearchIndex}: vote events in the
 * {@code vote-events} index, legislators in {@code people} (config/elasticsearch), each behind its alias. Searches go
 * out on the request thread with the archive's time budget ({@link ElasticsearchSearchIndex#postJson}) and the same
 * query syntax (phrases in quotes, {@code -} to exclude, {@code *} at the end of a word).
 */
public class ElasticsearchRecordIndex implements RecordIndex {

    static final String VOTE_EVENTS = "vote-events";
    static final String PEOPLE = "people";
    /** Records per bulk request: a vote event or a person is well under 1 KB. */
    private static final int BULK = 500;
    private static final ObjectMapper JSON = JsonMapping.MAPPER;

    private final ElasticsearchSearchIndex base;
    private final ElasticsearchClient client;
    private final Duration budget;

    public ElasticsearchRecordIndex(ElasticsearchSearchIndex base, Duration budget) {
        this.base = base;
        this.client = base.client();
        this.budget = budget;
        base.definition(VOTE_EVENTS);
        base.definition(PEOPLE);
    }

    @Override
    public void indexVoteEvents(List<IndexedVoteEvent> events) {
        bulk(VOTE_EVENTS, events, IndexedVoteEvent::id, e -> {
            Map<String, Object> source = new LinkedHashMap<>();
            source.put("voteEventId", e.id());
            source.put("legislatureId", e.legislatureId());
            source.put("termId", e.termId());
            source.put("identifier", e.identifier());
            if (e.date() != null) {
                source.put("date", e.date().toString());
                source.put("year", e.date().getYear());
            }
            source.put("title", e.title());
            source.put("period", e.period());
            source.put("result", e.result());
            source.put("counts", e.counts());
            source.put("countsAgree", e.countsAgree());
            return source;
        });
    }

    @Override
    public void indexPeople(List<IndexedPerson> people) {
        bulk(PEOPLE, people, IndexedPerson::id, p -> {
            Map<String, Object> source = new LinkedHashMap<>();
            source.put("personId", p.id());
            source.put("legislatureId", p.legislatureId());
            source.put("termId", p.termId());
            source.put("name", p.name());
            source.put("sortName", p.sortName());
            source.put("image", p.image());
            source.put("groupName", p.groupName());
            source.put("areaName", p.areaName());
            source.put("stateName", p.stateName());
            source.put("district", p.district());
            return source;
        });
    }

    private <T> void bulk(String name, List<T> records, Function<T, String> id, Function<T, Map<String, Object>> source) {
        if (records.isEmpty()) {
            return;
        }
        String index = base.currentIndex(name);
        for (int from = 0; from < records.size(); from += BULK) {
            List<T> part = records.subList(from, Math.min(records.size(), from + BULK));
            BulkRequest.Builder bulk = new BulkRequest.Builder();
            for (T record : part) {
                Map<String, Object> document = source.apply(record);
                document.values().removeIf(java.util.Objects::isNull);
                bulk.operations(op -> op.index(i -> i.index(index).id(id.apply(record)).document(document)));
            }
            try {
                BulkResponse response = client.bulk(bulk.build());
                if (response.errors()) {
                    String reasons = response.items().stream().filter(i -> i.error() != null)
                            .map(i -> i.id() + ": " + i.error().reason()).limit(5).collect(Collectors.joining("; "));
                    // a 429 is the node saying "later"; anything else is a record the mapping refuses
                    if (response.items().stream().anyMatch(i -> i.error() != null && i.status() == 429)) {
                        throw ElasticsearchSearchIndex.unavailable("indexar " + name + " (saturado)", new IOException(reasons));
                    }
                    throw new IllegalStateException("Elasticsearch rechazó registros de " + name + ": " + reasons);
                }
            } catch (IOException | ElasticsearchException e) {
                throw ElasticsearchSearchIndex.unavailable("indexar " + name, e);
            }
        }
    }

    @Override
    public RecordSearchResult search(RecordQuery q) {
        SearchRequest request = searchRequest(q);
        String body = co.elastic.clients.json.JsonpUtils.toJsonString(request, client._jsonpMapper());
        JsonNode answer;
        try {
            answer = base.postJson("/" + request.index().get(0) + "/_search", body.getBytes(StandardCharsets.UTF_8), JSON::readTree, budget);
        } catch (java.net.SocketTimeoutException e) {
            throw new SearchTimeoutException("la búsqueda superó su presupuesto de " + budget.toMillis() + " ms", budget, e);
        } catch (IOException e) {
            throw ElasticsearchSearchIndex.unavailable("buscar " + (q.kind() == RecordKind.PERSON ? "legisladores" : "votaciones"), e);
        }
        List<RecordSearchResult.Hit> hits = new ArrayList<>();
        for (JsonNode hit : answer.path("hits").path("hits")) {
            hits.add(q.kind() == RecordKind.PERSON ? personHit(hit) : voteEventHit(hit));
        }
        return new RecordSearchResult(q.kind(), answer.path("hits").path("total").path("value").asLong(hits.size()), hits,
                facet(answer, "legislature"), facet(answer, "year"));
    }

    /** The request {@link #search} sends. */
    SearchRequest searchRequest(RecordQuery q) {
        boolean people = q.kind() == RecordKind.PERSON;
        List<Query> filters = new ArrayList<>();
        if (!people && (q.from().isPresent() || q.to().isPresent())) {
            filters.add(Query.of(f -> f.range(r -> r.date(d -> {
                d.field("date");
                q.from().ifPresent(from -> d.gte(from.toString()));
                q.to().ifPresent(to -> d.lte(to.toString()));
                return d;
            }))));
        }
        Query legislatureFilter = q.legislatures().isEmpty() ? null : Query.of(f -> f.terms(t -> t.field("legislatureId")
                .terms(v -> v.value(q.legislatures().stream().map(FieldValue::of).toList()))));
        Query text = q.text().isEmpty() ? Query.of(m -> m.matchAll(a -> a)) : Query.of(s -> s.simpleQueryString(sq -> sq.query(q.text())
                .fields(people ? List.of("name^4", "sortName^2", "groupName", "groupName.exact", "areaName", "stateName")
                        : List.of("title^3", "title.exact^2", "period", "identifier^5"))
                .defaultOperator(Operator.And)
                .flags(SimpleQueryStringFlag.Phrase, SimpleQueryStringFlag.And, SimpleQueryStringFlag.Or, SimpleQueryStringFlag.Not,
                        SimpleQueryStringFlag.Prefix, SimpleQueryStringFlag.Precedence, SimpleQueryStringFlag.Whitespace)));
        Map<String, Aggregation> aggregations = new LinkedHashMap<>();
        aggregations.put("legislature", Aggregation.of(a -> a.terms(t -> t.field("legislatureId").size(100))));
        if (!people) {
            Query yearFilter = legislatureFilter == null ? Query.of(m -> m.matchAll(a -> a)) : legislatureFilter;
            aggregations.put("year", Aggregation.of(a -> a.filter(yearFilter).aggregations("values", v -> v.terms(t -> t.field("year").size(100)))));
        }
        String titleField = people ? "name" : "title";
        return SearchRequest.of(s -> {
            s.index(base.alias(people ? PEOPLE : VOTE_EVENTS))
                    .query(b -> b.bool(bool -> bool.must(text).filter(filters)))
                    .from((q.page() - 1) * q.size()).size(q.size()).trackTotalHits(t -> t.enabled(true))
                    .aggregations(aggregations)
                    .timeout(budget.toMillis() * 3 / 4 + "ms");
            if (q.size() > 0) {
                s.highlight(h -> h.encoder(HighlighterEncoder.Html).preTags("<mark>").postTags("</mark>")
                        .fields(titleField, f -> f.numberOfFragments(0).matchedFields(people ? List.of("name") : List.of("title", "title.exact"))));
            }
            if (legislatureFilter != null) {
                s.postFilter(legislatureFilter);
            }
            if (people) {
                s.sort(o -> o.score(sc -> sc.order(SortOrder.Desc))).sort(o -> o.field(f -> f.field("name.sort").order(SortOrder.Asc)));
            } else if (q.text().isEmpty()) {
                s.sort(o -> o.field(f -> f.field("date").order(SortOrder.Desc).missing("_last"))).sort(o -> o.field(f -> f.field("voteEventId")));
            }
            return s;
        });
    }

    private static RecordSearchResult.Hit voteEventHit(JsonNode hit) {
        JsonNode source = hit.path("_source");
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = source.path("counts").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            counts.put(e.getKey(), e.getValue().asInt());
        }
        String date = text(source, "date");
        return new RecordSearchResult.Hit(text(source, "voteEventId"), text(source, "legislatureId"), text(source, "termId"),
                highlighted(hit, "title"), date == null ? null : LocalDate.parse(date), text(source, "result"), null, null, counts);
    }

    private static RecordSearchResult.Hit personHit(JsonNode hit) {
        JsonNode source = hit.path("_source");
        String area = text(source, "areaName");
        String state = text(source, "stateName");
        String place = area == null ? state : state == null || area.contains(state) ? area : area + ", " + state;
        return new RecordSearchResult.Hit(text(source, "personId"), text(source, "legislatureId"), text(source, "termId"),
                highlighted(hit, "name"), null, text(source, "groupName"), place, text(source, "image"), Map.of());
    }

    /** The field's highlight, or its text HTML-escaped the same way when nothing in it matched. */
    private static String highlighted(JsonNode hit, String field) {
        JsonNode fragments = hit.path("highlight").path(field);
        if (fragments.isArray() && !fragments.isEmpty()) {
            return fragments.get(0).asText();
        }
        String plain = text(hit.path("_source"), field);
        return SearchAnswerReader.escape(plain == null ? "" : plain);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Map<String, Long> facet(JsonNode answer, String name) {
        JsonNode aggregation = answer.path("aggregations").path(name);
        JsonNode buckets = aggregation.has("values") ? aggregation.path("values").path("buckets") : aggregation.path("buckets");
        Map<String, Long> counts = new LinkedHashMap<>();
        for (JsonNode bucket : buckets) {
            counts.put(bucket.path("key").asText(), bucket.path("doc_count").asLong());
        }
        return counts;
    }

    @Override
    public void refresh() {
        try {
            client.indices().refresh(r -> r.index(base.alias(VOTE_EVENTS), base.alias(PEOPLE)));
        } catch (IOException | ElasticsearchException e) {
            throw ElasticsearchSearchIndex.unavailable("refrescar", e);
        }
    }
}
