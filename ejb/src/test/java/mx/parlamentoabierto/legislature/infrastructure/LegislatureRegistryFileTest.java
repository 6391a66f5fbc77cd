package mx.parlamentoabierto.legislature.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import mx.parlamentoabierto.legislature.domain.Legislature;
import mx.parlamentoabierto.legislature.domain.LegislatureKind;
import mx.parlamentoabierto.platform.json.InvalidDataFileException;

class LegislatureRegistryFileTest {

    @Test
    void theMexicanRegistryHasThe34InstitutionsWithStableIds() {
        List<Legislature> all = LegislatureRegistryFile.readDirectory(
                Path.of(System.getProperty("parlamento.config.dir", "../config"), "legislatures"));
        assertEquals(34, all.size());
        assertEquals(2, all.stream().filter(l -> l.kind() == LegislatureKind.FEDERAL_CHAMBER).count());
        List<String> ids = all.stream().map(Legislature::id).toList();
        assertTrue(ids.containsAll(List.of("senado", "diputados", "aguascalientes", "baja-california", "ciudad-de-mexico",
                "nuevo-leon", "san-luis-potosi", "zacatecas")), ids::toString);
        assertTrue(all.stream().allMatch(l -> l.website() != null && l.website().startsWith("https://")));
    }

    @Test
    void anInvalidIdIsReportedWithItsPath() {
        InvalidDataFileException e = assertThrows(InvalidDataFileException.class, () -> read("""
                {"country":"MX","legislatures":[{"id":"senado","name":"S","kind":"federal_chamber"},
                 {"id":"Baja California","name":"B","kind":"state_congress"}]}"""));
        assertEquals("$.legislatures[1].id", e.location());
    }

    @Test
    void anUnknownKindListsTheValidOnes() {
        InvalidDataFileException e = assertThrows(InvalidDataFileException.class, () -> read("""
                {"country":"MX","legislatures":[{"id":"senado","name":"S","kind":"camara"}]}"""));
        assertEquals("$.legislatures[0].kind", e.location());
        assertTrue(e.problem().contains("state_congress"));
    }

    private static List<Legislature> read(String json) {
        return LegislatureRegistryFile.read("legislaturas.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
