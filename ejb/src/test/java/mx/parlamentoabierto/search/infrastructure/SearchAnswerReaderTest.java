package mx.parlamentoabierto.search.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import mx.parlamentoabierto.search.domain.DocumentSearchResult;

/**
 * The streaming reader of Elasticsearch's search answers. The answers below have the shape Elasticsearch 8.19
 * gives to {@link ElasticsearchDocumentIndex#searchRequest} (copied from a node's answer and shortened), with
 * the parts the portal does not read kept in, so that skipping them is tested too.
 */
class SearchAnswerReaderTest {

    private static final String ANSWER = """
            {"took":5,"timed_out":false,"_shards":{"total":1,"successful":1,"skipped":0,"failed":0},
             "hits":{"total":{"value":667,"relation":"eq"},"max_score":60.6,
              "hits":[
               {"_index":"parlamento-documents-v1","_id":"doc-12","_score":60.6,"_ignored":["text.keyword"],
                "_source":{"documentId":12,"legislatureId":"senado","legislatureName":"Senado de la República",
                           "type":"version-estenografica","date":"2002-11-01","title":"Sesión <ordinaria> & \\"solemne\\"",
                           "identifier":null,"current":true,"tags":["a","b"],"origin":{"url":"https://example.org"}},
                "highlight":{"text":["la <mark>sesión</mark> del pleno","otra <mark>sesión</mark>","uno más","y otro"],
                             "text.exact":["otra <mark>sesión</mark>"]}},
               {"_index":"parlamento-documents-v1","_id":"doc-13","_score":null,
                "_source":{"documentId":13,"legislatureId":"cdmx","type":"gaceta","title":"Gaceta 13","identifier":"G-13"},
                "highlight":{"title":["<mark>Gaceta</mark> 13"]},
                "sort":[1036108800000,null]}]},
             "aggregations":{
              "legislature":{"doc_count":667,"values":{"doc_count_error_upper_bound":0,"sum_other_doc_count":0,
                "buckets":[{"key":"senado","doc_count":600},{"key":"cdmx","doc_count":67}]}},
              "type":{"doc_count":667,"values":{"buckets":[{"key":"gaceta","doc_count":667}]}},
              "year":{"doc_count":667,"values":{"buckets":[{"key":2002,"doc_count":500},{"key":1999,"doc_count":167}]}}}}
            """;

    private static DocumentSearchResult read(String json) throws IOException {
        return SearchAnswerReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsTheTotalTheHitsInOrderAndTheirSourceFields() throws IOException {
        DocumentSearchResult result = read(ANSWER);

        assertEquals(667, result.total());
        assertEquals(2, result.hits().size());
        DocumentSearchResult.Hit first = result.hits().get(0);
        assertEquals(12, first.documentId());
        assertEquals("senado", first.legislatureId());
        assertEquals("Senado de la República", first.legislatureName());
        assertEquals("version-estenografica", first.type());
        assertEquals(LocalDate.of(2002, 11, 1), first.date());
        assertNull(first.identifier(), "a null in the source is an absent value");
        assertEquals(60.6, first.score(), 1e-9);
        DocumentSearchResult.Hit second = result.hits().get(1);
        assertEquals("G-13", second.identifier());
        assertNull(second.date());
        assertNull(second.legislatureName());
        assertEquals(0, second.score(), "a null score (sorted by date) reads as 0");
    }

    @Test
    void titleIsTheHighlightedOneOrTheEscapedSourceTitle() throws IOException {
        DocumentSearchResult result = read(ANSWER);

        assertEquals("Sesión &lt;ordinaria&gt; &amp; &quot;solemne&quot;", result.hits().get(0).title());
        assertEquals("<mark>Gaceta</mark> 13", result.hits().get(1).title());
    }

    @Test
    void fragmentsPutExactFormMatchesFirstWithoutRepeatsAndAtMostThree() throws IOException {
        DocumentSearchResult result = read(ANSWER);

        assertEquals(List.of("otra <mark>sesión</mark>", "la <mark>sesión</mark> del pleno", "uno más"), result.hits().get(0).fragments());
        assertEquals(List.of(), result.hits().get(1).fragments());
    }

    @Test
    void facetsKeepElasticsearchsOrderAndReadNumericKeysAsText() throws IOException {
        DocumentSearchResult result = read(ANSWER);

        assertEquals(List.of("senado", "cdmx"), List.copyOf(result.legislatureFacet().keySet()));
        assertEquals(Map.of("senado", 600L, "cdmx", 67L), result.legislatureFacet());
        assertEquals(Map.of("gaceta", 667L), result.typeFacet());
        assertEquals(List.of("2002", "1999"), List.copyOf(result.yearFacet().keySet()));
    }

    @Test
    void anAnswerWithoutHitsOrAggregationsIsEmpty() throws IOException {
        DocumentSearchResult result = read("{\"took\":1,\"hits\":{\"total\":{\"value\":0},\"hits\":[]}}");

        assertEquals(0, result.total());
        assertEquals(List.of(), result.hits());
        assertEquals(Map.of(), result.yearFacet());
    }

    @Test
    void somethingOtherThanAnObjectIsAnError() {
        assertThrows(IOException.class, () -> read("[1,2]"));
        assertThrows(IOException.class, () -> read("{\"hits\": "));
    }
}
