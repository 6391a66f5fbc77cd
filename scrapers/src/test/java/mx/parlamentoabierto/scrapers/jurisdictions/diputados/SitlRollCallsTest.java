package mx.parlamentoabierto.scrapers.jurisdictions.diputados;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import mx.parlamentoabierto.scrapers.spi.Page;
import mx.parlamentoabierto.scrapers.spi.PageException;
import mx.parlamentoabierto.scrapers.spi.ScrapeContext;
import mx.parlamentoabierto.scrapers.spi.ScrapeSink;
import mx.parlamentoabierto.scrapers.spi.ScrapedRecord;
import mx.parlamentoabierto.scrapers.spi.ScrapedVote;
import mx.parlamentoabierto.scrapers.spi.ScrapedVoteEvent;
import mx.parlamentoabierto.scrapers.spi.Scrapers;
import mx.parlamentoabierto.scrapers.spi.VoteOptions;

/** The SITL pages saved by a researcher (fixtures: lxii-sitl, origin in its README) and pages written here to break it. */
class SitlRollCallsTest {

    private static final SitlRollCalls SCRAPER = new SitlRollCalls();
    private static final ScrapeContext LXII = ScrapeContext.savedPages("LXII");

    static Page fixture(String name) throws IOException {
        try (InputStream in = SitlRollCallsTest.class.getResourceAsStream("lxii-sitl/" + name)) {
            return new Page(name, in.readAllBytes(), null, Instant.parse("2015-03-01T00:00:00Z"));
        }
    }

    @Test
    void theScraperIsFoundByTheNameOperatorsUse() {
        assertTrue(Scrapers.byName("diputados-votaciones").orElseThrow() instanceof SitlRollCalls);
    }

    @Test
    void aSavedPageIsOneVoteEventWithEveryDeputyTheirGroupAndTheSite() throws Exception {
        ScrapedVoteEvent event = SCRAPER.readVoteEvent(fixture("sil62vot2.txt"), LXII);
        assertEquals(LocalDate.of(2012, 9, 28), event.date());
        assertTrue(event.title().startsWith("DECRETO QUE REFORMA, ADICIONA Y DEROGA DIVERSAS DISPOSICIONES DE LA LEY FEDERAL DEL TRABAJO"));
        assertEquals("2", event.identifier());
        assertEquals("LXII", event.term());
        assertEquals(URI.create("http://sitl.diputados.gob.mx/LXII_leg/listados_votacionesnplxii.php?votaciont=2"), event.provenance().sourceUrl());
        assertTrue(event.countsAgree(), event.countProblems().toString());
        int listed = event.declaredCounts().stream().filter(c -> c.label().equals("Total")).mapToInt(c -> c.value()).sum();
        assertEquals(listed, event.votes().size(), "every row is kept");
        assertTrue(event.votes().size() > 480);
        Map<String, Long> byGroup = event.votes().stream().collect(Collectors.groupingBy(ScrapedVote::group, Collectors.counting()));
        assertEquals(java.util.Set.of("PAN", "PRI", "PRD", "PT", "PVEM", "MC", "PANAL"), byGroup.keySet());
        assertEquals("Movimiento Ciudadano", event.groupNames().get("MC"));
        ScrapedVote first = event.votes().get(0);
        assertEquals(1, first.position());
        assertNotNull(first.sourceVoterId());
        assertTrue(event.votes().stream().allMatch(v -> v.sourceVoterId() != null && !v.name().isBlank()));
        assertEquals(event.votes().size(), event.votes().stream().map(ScrapedVote::sourceVoterId).distinct().count(), "no deputy twice");
    }

    @Test
    void accentsAreReadWhetherThePageIsLatin1OrResavedAsUtf8() throws Exception {
        ScrapedVoteEvent utf8 = SCRAPER.readVoteEvent(fixture("sil62vot1.txt"), LXII);
        assertTrue(utf8.votes().stream().anyMatch(v -> v.name().equals("Anaya Cortés Ricardo")));
        assertTrue(utf8.title().startsWith("DECRETO QUE REFORMA EL ARTICULO 39 DE LA LOCGEUM"));
        assertEquals(LocalDate.of(2012, 9, 27), utf8.date());
        assertEquals("Primer Período de Sesiones Ordinarias del Primer Año", utf8.period());
        assertTrue(utf8.notes().stream().anyMatch(n -> n.contains("leg = 61")), "the header's wrong term is noted: " + utf8.notes());
        assertTrue(utf8.countsAgree(), utf8.countProblems().toString());
        ScrapedVoteEvent latin1 = SCRAPER.readVoteEvent(fixture("sil62vot37.txt"), LXII);
        assertTrue(latin1.votes().stream().anyMatch(v -> v.rawOption().equals("Sólo asistencia") && v.option().equals(VoteOptions.PRESENT)));
        assertTrue(latin1.votes().stream().anyMatch(v -> v.rawOption().equals("Abstención") && v.option().equals(VoteOptions.ABSTAIN)));
        assertTrue(latin1.countsAgree(), latin1.countProblems().toString());
    }

    @Test
    void anEmptyFileIsAClearErrorNamingWhatIsMissing() throws Exception {
        PageException e = assertThrows(PageException.class, () -> SCRAPER.readVoteEvent(fixture("sil62vot3.txt"), LXII));
        assertTrue(e.getMessage().contains("vacío"), e.getMessage());
        PageException notSitl = assertThrows(PageException.class, () -> SCRAPER.readVoteEvent(
                new Page("otra.html", "<html><body><table><tr><td>Hola</td></tr></table></body></html>".getBytes(StandardCharsets.UTF_8), null,
                        Instant.EPOCH), LXII));
        assertTrue(notSitl.getMessage().contains("ninguna fila de votación"), notSitl.getMessage());
    }

    @Test
    void countsThatDisagreeWithTheRowsAreNamedByGroupAndLabel() throws Exception {
        String page = new String(fixture("sil62vot2.txt").content(), StandardCharsets.ISO_8859_1);
        int favor = page.indexOf("<b>A favor: ");
        int end = page.indexOf("</b>", favor);
        String declared = page.substring(favor + "<b>A favor: ".length(), end);
        String broken = page.substring(0, favor) + "<b>A favor: " + (Integer.parseInt(declared) + 1) + page.substring(end);
        ScrapedVoteEvent event = SCRAPER.readVoteEvent(new Page("roto.txt", broken.getBytes(StandardCharsets.ISO_8859_1), null, Instant.EPOCH), LXII);
        assertFalse(event.countsAgree());
        assertEquals(List.of("PAN, A favor: la página dice " + (Integer.parseInt(declared) + 1) + ", las filas suman " + declared),
                event.countProblems());
    }

    @Test
    void aPageAsTheSiteServesItWithItsAddressNeedsNoHarvestHeader() throws Exception {
        String served = "<html><head><title>Listado de Votaciones por Grupo Parlamentario</title></head><body><table>"
                + "<tr><td class=\"smallVerde\"><B>Segundo Periodo<br> LISTADO DE VOTACIÓN DE LA SESIÓN DEL 5-Marzo-2014 </u><BR> "
                + "DICTAMEN &quot;DE PRUEBA&quot;</B></td></tr>"
                + "<tr><td><b>1</b></td><td><a href=\"votaciones_por_pernplxii.php?iddipt=12&pert=1\">Gómez Ruiz Ma. José</a></td><td> Inasistencia justificada</td></tr>"
                + "<tr><td><b>2</b></td><td><a href=\"votaciones_por_pernplxii.php?iddipt=13&pert=1\">Peña Luz</a></td><td> Votó dos veces</td></tr>"
                + "</table><table><tr><td><b>Ausentes: 1</b></td><td><b>Total: 2</b></td></tr></table></body></html>";
        Page page = new Page("listados.php", served.getBytes(StandardCharsets.UTF_8),
                URI.create("http://sitl.diputados.gob.mx/LXII_leg/listados_votacionesnplxii.php?partidot=14&votaciont=380"), Instant.EPOCH);
        ScrapedVoteEvent event = SCRAPER.readVoteEvent(page, ScrapeContext.savedPages(null));
        assertEquals("LXII", event.term(), "the term comes from the address");
        assertEquals("380", event.identifier());
        assertEquals(LocalDate.of(2014, 3, 5), event.date());
        assertEquals("DICTAMEN \"DE PRUEBA\"", event.title());
        assertEquals(VoteOptions.EXCUSED, event.votes().get(0).option());
        assertEquals(VoteOptions.OTHER, event.votes().get(1).option());
        assertEquals("Votó dos veces", event.votes().get(1).rawOption());
        assertTrue(event.countsAgree(), "excused is under the site's Ausentes: " + event.countProblems());
        assertTrue(event.notes().stream().anyMatch(n -> n.contains("Votó dos veces")), event.notes().toString());
        assertTrue(event.notes().stream().anyMatch(n -> n.contains("sin marcador")), event.notes().toString());
    }

    @Test
    void oneBadPageDoesNotStopTheBatch() throws Exception {
        List<ScrapedRecord> found = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        SCRAPER.scrape(List.of(fixture("sil62vot3.txt"), fixture("sil62vot49.txt"), fixture("sil62vot33.txt")), LXII, new ScrapeSink() {
            @Override
            public void accept(ScrapedRecord record) {
                found.add(record);
            }

            @Override
            public void skip(String where, String reason) {
                skipped.add(where + ": " + reason);
            }
        });
        assertEquals(2, found.size());
        assertEquals(1, skipped.size());
        assertTrue(skipped.get(0).startsWith("sil62vot3.txt: "));
    }
}
