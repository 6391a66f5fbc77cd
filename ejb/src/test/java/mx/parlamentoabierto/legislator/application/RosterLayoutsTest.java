package mx.parlamentoabierto.legislator.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import mx.parlamentoabierto.legislator.application.RosterLayouts.Layout;
import mx.parlamentoabierto.legislator.application.RosterLayouts.RosterEntry;
import mx.parlamentoabierto.platform.json.InvalidDataFileException;

/**
 * The two roster layouts read from the corpus's real files (the Senado's 2000–2006 roster, the Chamber's roster of
 * every deputy LVII–LXIV, both by Magar et al.) and from small rows written here, for the ways a file is refused.
 */
class RosterLayoutsTest {

    private static final Path CORPORA = Path.of("src/test/resources/corpora");

    private static List<RosterEntry> read(String path, Layout expected) throws Exception {
        byte[] content = Files.readAllBytes(CORPORA.resolve(path));
        assertEquals(expected, RosterLayouts.detect(path, content));
        return RosterLayouts.read(Path.of(path).getFileName().toString(), content, expected);
    }

    @Test
    void theSenateRosterGivesEverySeatOfTheMandateWithItsPeriods() throws Exception {
        List<RosterEntry> seats = read("senado-votaciones/senadores/sen58-59.csv", Layout.SENATE);
        assertEquals(204, seats.size(), "the 256 seats less the 52 substitutes the roster leaves unnamed");
        RosterEntry ags = seats.stream().filter(e -> e.seatId().equals("ags1p")).findFirst().orElseThrow();
        assertEquals("ALFREDO MARTIN REYES VELAZQUEZ", ags.name());
        assertEquals("ags", ags.state());
        assertEquals(1, ags.district());
        assertFalse(ags.substitute());
        assertEquals(List.of(58, 59), ags.terms());
        assertEquals(List.of(new RosterLayouts.Period(LocalDate.of(2000, 8, 29), LocalDate.of(2004, 3, 14)),
                new RosterLayouts.Period(LocalDate.of(2004, 4, 30), null)), ags.periods(), "left on leave and came back");
        RosterEntry list = seats.stream().filter(e -> e.seatId().equals("rp01p")).findFirst().orElseThrow();
        assertNull(list.state(), "the national list has no state");
        assertTrue(seats.stream().filter(e -> e.seatId().equals("ags1s")).findFirst().orElseThrow().substitute());
    }

    @Test
    void theChambersRosterGivesEveryDeputyOfEightLegislatures() throws Exception {
        List<RosterEntry> deputies = read("diputados-estenograficas/all-dips.csv", Layout.CHAMBER);
        assertTrue(deputies.size() >= 7900, "deputies: " + deputies.size());
        assertEquals(List.of(57, 58, 59, 60, 61, 62, 63, 64), deputies.stream().map(e -> e.terms().get(0)).distinct().sorted().toList());
        RosterEntry district = deputies.stream().filter(e -> e.terms().equals(List.of(62)) && e.seatId().equals("ags01p")).findFirst().orElseThrow();
        assertEquals("JOSE PILAR MORENO MONTOYA", district.name());
        assertEquals(1, district.district());
        assertEquals(List.of(new RosterLayouts.Period(LocalDate.of(2012, 8, 29), null)), district.periods());
        assertEquals(1, deputies.stream().filter(e -> e.seatId().equals("zc1rp01p") && e.terms().equals(List.of(60))).findFirst().orElseThrow()
                .circumscription());
        assertEquals(1, deputies.stream().filter(e -> e.seatId().equals("zrp1pan1p") && e.terms().equals(List.of(57))).findFirst().orElseThrow()
                .circumscription());
    }

    @Test
    void aFileOfNeitherLayoutOrWithABadCellIsRefusedAtItsLine() {
        byte[] other = "nombre,partido\nAlguien,PAN\n".getBytes(StandardCharsets.UTF_8);
        InvalidDataFileException unknown = assertThrows(InvalidDataFileException.class, () -> RosterLayouts.detect("otro.csv", other));
        assertTrue(unknown.getMessage().contains("otro.csv") && unknown.getMessage().contains("nombre,partido"), unknown.getMessage());

        byte[] badDate = "id,pila,patmat,part,dsup,in1,out1\nags1p,ANA,PEREZ,pan,0,2000-08-29,\n".getBytes(StandardCharsets.UTF_8);
        InvalidDataFileException date = assertThrows(InvalidDataFileException.class, () -> RosterLayouts.read("sen58-59.csv", badDate, Layout.SENATE));
        assertTrue(date.getMessage().contains("línea 2, columna 'in1'"), date.getMessage());

        byte[] badSeat = "id,pila,patmat,part,dsup,in1,out1\natl1p,ANA,PEREZ,pan,0,20000829,\n".getBytes(StandardCharsets.UTF_8);
        InvalidDataFileException seat = assertThrows(InvalidDataFileException.class, () -> RosterLayouts.read("sen58-59.csv", badSeat, Layout.SENATE));
        assertTrue(seat.getMessage().contains("'atl' no es la clave de una entidad federativa"), seat.getMessage());
    }

    @Test
    void namesAreWrittenAsNamesAreWritten() {
        assertEquals("Diego Fernandez de Cevallos Ramos", RosterImport.displayName("DIEGO FERNANDEZ DE CEVALLOS RAMOS"));
        assertEquals("Maria de la Luz Nuñez", RosterImport.displayName("MARIA DE LA LUZ NUÑEZ"));
    }
}
