package mx.parlamentoabierto.search.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import mx.parlamentoabierto.search.domain.DocumentQuery;

class SearchParametersTest {

    @Test
    void noParametersIsTheFirstPageOfEverythingByRelevance() {
        DocumentQuery query = SearchParameters.parse(Map.of());
        assertEquals("", query.text());
        assertTrue(query.legislatures().isEmpty());
        assertFalse(query.sortByDate());
        assertEquals(1, query.page());
        assertEquals(20, query.size());
    }

    @Test
    void filtersMayBeRepeatedOrCommaSeparated() {
        DocumentQuery query = SearchParameters.parse(Map.of("q", new String[] {"\"cuenta pública\""}, "legislature", new String[] {"senado,jalisco", "oaxaca"},
                "type", new String[] {"gaceta"}, "from", new String[] {"2024-01-01"}, "to", new String[] {"2024-12-31"}, "sort",
                new String[] {"date"}, "page", new String[] {"3"}, "size", new String[] {"50"}));
        assertEquals("\"cuenta pública\"", query.text());
        assertEquals(Set.of("senado", "jalisco", "oaxaca"), query.legislatures());
        assertEquals(Set.of("gaceta"), query.types());
        assertEquals(Optional.of(LocalDate.of(2024, 1, 1)), query.from());
        assertEquals(Optional.of(LocalDate.of(2024, 12, 31)), query.to());
        assertTrue(query.sortByDate());
        assertEquals(3, query.page());
        assertEquals(50, query.size());
    }

    @Test
    void everyRefusalNamesTheParameterAndTheValue() {
        assertRefused("sort: relevance o date, recibido 'alfabetico'", Map.of("sort", new String[] {"alfabetico"}));
        assertRefused("type: tipo desconocido 'memo'", Map.of("type", new String[] {"memo"}));
        assertRefused("legislature: id inválido 'Senado de la República'", Map.of("legislature", new String[] {"Senado de la República"}));
        assertRefused("from: se espera AAAA-MM-DD, recibido '24/01/2024'", Map.of("from", new String[] {"24/01/2024"}));
        assertRefused("page: se espera un número entero, recibido 'dos'", Map.of("page", new String[] {"dos"}));
        assertRefused("size: entre 1 y 100", Map.of("size", new String[] {"1000"}));
        assertRefused("q: se recibió más de una vez", Map.of("q", new String[] {"a", "b"}));
        assertRefused("from: la fecha inicial es posterior a la final", Map.of("from", new String[] {"2025-01-01"}, "to", new String[] {"2024-01-01"}));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> SearchParameters.parse(Map.of("legislatura", new String[] {"senado"})));
        assertTrue(unknown.getMessage().startsWith("legislatura: parámetro desconocido"), unknown.getMessage());
    }

    private static void assertRefused(String message, Map<String, String[]> parameters) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, () -> SearchParameters.parse(parameters)).getMessage());
    }
}
