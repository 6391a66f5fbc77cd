package mx.parlamentoabierto.search.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import mx.parlamentoabierto.methodology.domain.Methodology;
import mx.parlamentoabierto.methodology.infrastructure.MethodologyFile;
import mx.parlamentoabierto.platform.SearchUnavailableException;
import mx.parlamentoabierto.search.application.SearchSynchronizer;
import mx.parlamentoabierto.search.domain.DocumentQuery;
import mx.parlamentoabierto.search.domain.VariableHit;
import mx.parlamentoabierto.searchnode.testing.SearchNodeExtension;

/**
 * Against the real Elasticsearch node with the project's analysis plugin: the index is created from
 * config/elasticsearch through a versioned name behind an alias, and the Spanish analysis folds accents and
 * light-stems plurals.
 */
@ExtendWith(SearchNodeExtension.class)
class SpanishSearchIT {

    private static final Path CONFIG = Path.of(System.getProperty("parlamento.config.dir"));
    private static ElasticsearchSearchIndex index;
    private static Methodology methodology;

    @BeforeAll
    static void createIndex() {
        index = new ElasticsearchSearchIndex(SearchNodeExtension.url(), "it-ejb", IndexDefinition.readDirectory(CONFIG.resolve("elasticsearch")));
        index.deleteIndices();
        methodology = MethodologyFile.readDirectory(CONFIG.resolve("methodologies")).get(0).methodology();
        index.ensureIndices();
        index.indexMethodology(methodology);
        index.activateIndices();
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @Test
    void theIndexIsReachedThroughItsAliasThatPointsAtTheVersionedIndex() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(SearchNodeExtension.url() + "/_alias/it-ejb-variables")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("\"it-ejb-variables-v1\""), response.body());
    }

    @Test
    void accentedAndUnaccentedWordsAnalyseToTheSameTerms() {
        assertEquals(index.analyze("variables", "spanish_text", "sesión"), index.analyze("variables", "spanish_text", "sesion"));
        assertEquals(index.analyze("variables", "spanish_text", "auditoría"), index.analyze("variables", "spanish_text", "auditorias"));
        assertEquals(List.of("comision", "unid", "aprobaron", "dictamen", "camar", "diputad"),
                index.analyze("variables", "spanish_text", "Las Comisiones Unidas aprobaron el Dictámen de la Cámara de Diputados"),
                "stop words removed, accents folded, light Spanish stemming");
    }

    @Test
    void sesionWithoutAccentFindsTheVariableAboutSesiones() {
        List<VariableHit> hits = index.searchVariables("sesion del pleno", Optional.of(methodology.key()), 5);
        assertFalse(hits.isEmpty());
        assertTrue(hits.stream().anyMatch(h -> h.text().contains("sesión del pleno") || h.text().contains("sesiones del pleno")),
                hits.toString());
        assertTrue(hits.get(0).highlights().stream().anyMatch(f -> f.contains("<mark>")), "matched words are highlighted");
    }

    @Test
    void auditoriasFindsTheVariableAboutAuditorias() {
        List<VariableHit> hits = index.searchVariables("auditorias", Optional.empty(), 3);
        assertEquals("P4.11", hits.get(0).variableId(), hits.toString());
    }

    @Test
    void aNewMappingVersionIsFilledBesideTheOldAndTheAliasSwitchesAtomically() {
        IndexDefinition v1 = IndexDefinition.readDirectory(CONFIG.resolve("elasticsearch")).get("variables");
        IndexDefinition v2 = new IndexDefinition("variables", v1.version() + 1, v1.json());
        try (ElasticsearchSearchIndex next = new ElasticsearchSearchIndex(SearchNodeExtension.url(), "it-ejb", Map.of("variables", v2))) {
            next.ensureIndices();
            assertEquals("P4.11", index.searchVariables("auditorias", Optional.empty(), 1).get(0).variableId(),
                    "the alias still serves the old version while the new one is filled");
            next.indexMethodology(methodology);
            next.activateIndices();
            assertEquals("P4.11", next.searchVariables("auditorias", Optional.empty(), 1).get(0).variableId());
            assertEquals(List.of("it-ejb-variables-v" + v2.version()), aliasTargets());
            // back to the shipped version for the other tests
            index.activateIndices();
            assertEquals(List.of("it-ejb-variables-v" + v1.version()), aliasTargets());
        }
    }

    @Test
    void whenElasticsearchIsUnreachableSearchFailsCleanlyAndSynchronisationWaits() {
        try (ElasticsearchSearchIndex down = new ElasticsearchSearchIndex("http://127.0.0.1:1", "it-down",
                IndexDefinition.readDirectory(CONFIG.resolve("elasticsearch")))) {
            assertFalse(down.isAvailable());
            assertThrows(SearchUnavailableException.class, () -> down.searchVariables("sesion", Optional.empty(), 1));
            SearchSynchronizer synchronizer = new SearchSynchronizer(down, null);
            assertFalse(synchronizer.synchroniseIfPending());
            assertFalse(synchronizer.isSynchronised());
        }
    }

    @Test
    void anArchiveSearchThatTheNodeCannotAnswerFailsAsUnavailableWithTheNodesReason() {
        DocumentQuery query = new DocumentQuery("sesión", Set.of(), Set.of(), Optional.empty(), Optional.empty(), false, 1, 10);
        try (ElasticsearchSearchIndex down = new ElasticsearchSearchIndex("http://127.0.0.1:1", "it-down",
                IndexDefinition.readDirectory(CONFIG.resolve("elasticsearch")))) {
            assertThrows(SearchUnavailableException.class, () -> new ElasticsearchDocumentIndex(down).search(query));
        }
        // a node that answers, but with an error: this prefix has no archive index
        try (ElasticsearchSearchIndex missing = new ElasticsearchSearchIndex(SearchNodeExtension.url(), "it-missing",
                IndexDefinition.readDirectory(CONFIG.resolve("elasticsearch")))) {
            SearchUnavailableException e = assertThrows(SearchUnavailableException.class,
                    () -> new ElasticsearchDocumentIndex(missing).search(query));
            assertTrue(e.getMessage().contains("HTTP 404") && e.getMessage().contains("index_not_found_exception"), e.getMessage());
        }
    }

    private static List<String> aliasTargets() {
        try {
            String body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(SearchNodeExtension.url() + "/_alias/it-ejb-variables")).build(), HttpResponse.BodyHandlers.ofString()).body();
            return java.util.regex.Pattern.compile("\"(it-ejb-variables-v\\d+)\"").matcher(body).results().map(m -> m.group(1)).toList();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
