package mx.parlamentoabierto.scoring.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import mx.parlamentoabierto.scoring.interfaces.web.ChoroplethMap;

/**
 * The map of {@code config/maps} (the CC BY 4.0 SVG of the 32 states) against the legislature registry of
 * {@code config/legislatures}: every state shape belongs to exactly one state congress of the registry, and the SVG the
 * pages draw colours each one by its value, links it, and escapes what it writes.
 */
class ChoroplethMapTest {

    private static final Path CONFIG = Path.of("../config");

    private static ChoroplethMap map() {
        ChoroplethMap map = new ChoroplethMap() {
            @Override
            public Shapes shapes() {
                return load(CONFIG.resolve("maps"));
            }
        };
        return map;
    }

    @Test
    void everyStateShapeBelongsToOneStateCongressOfTheRegistry() throws Exception {
        JsonNode registry = new ObjectMapper().readTree(CONFIG.resolve("legislatures/mexico.json").toFile());
        Set<String> subnational = new HashSet<>();
        registry.path("legislatures").forEach(l -> {
            if (!l.path("kind").asText().equals("federal_chamber")) {
                subnational.add(l.path("id").asText());
            }
        });
        assertEquals(32, subnational.size(), "31 state congresses and Mexico City's");
        ChoroplethMap.Shapes shapes = map().shapes();
        assertEquals(32, shapes.paths().size(), "32 shapes read from the SVG");
        assertEquals(shapes.paths().keySet(), shapes.legislatureOf().keySet(), "every shape is mapped, and only shapes");
        assertEquals(subnational, new HashSet<>(shapes.legislatureOf().values()), "each state congress has exactly one shape");
        assertTrue(shapes.attribution().contains("CC BY 4.0"), "the licence's attribution is kept");
    }

    @Test
    void eachShapeIsColouredByItsBandLinkedAndTitledAndTheTextIsEscaped() {
        ChoroplethMap map = map();
        Map<String, ChoroplethMap.Value> values = new HashMap<>();
        values.put("sonora", new ChoroplethMap.Value(85.0, "Congreso de Sonora", "legislatura.xhtml?id=sonora&edicion=x"));
        values.put("jalisco", new ChoroplethMap.Value(10.0, "Congreso <b>de</b> Jalisco", "legislatura.xhtml?id=jalisco"));
        values.put("yucatan", new ChoroplethMap.Value(null, "Congreso de Yucatán", null));
        String svg = map.svg(values, "titulo-mapa", "sin dato");
        Matcher paths = Pattern.compile("<path d=\"[^\"]+\" data-legislature=\"([a-z-]+)\" fill=\"(#[0-9a-f]{6})\"").matcher(svg);
        Map<String, String> fills = new HashMap<>();
        while (paths.find()) {
            fills.put(paths.group(1), paths.group(2));
        }
        assertEquals(32, fills.size());
        assertEquals("#fde725", fills.get("sonora"), "80–100 % is the lightest class");
        assertEquals("#440154", fills.get("jalisco"), "0–20 % the darkest");
        assertEquals(ChoroplethMap.NO_DATA, fills.get("yucatan"), "a legislature without a value is grey");
        assertEquals(ChoroplethMap.NO_DATA, fills.get("colima"), "and so is one not in the values");
        assertTrue(svg.contains("<a href=\"legislatura.xhtml?id=sonora&amp;edicion=x\">"), "linked to its scorecard, escaped");
        assertTrue(svg.contains("<title>Congreso &lt;b&gt;de&lt;/b&gt; Jalisco: 10.0 %</title>"), svg);
        assertFalse(svg.contains("<b>"));
        assertTrue(svg.contains("aria-labelledby=\"titulo-mapa\""));
        assertEquals(5, map.legend().size());
    }
}
