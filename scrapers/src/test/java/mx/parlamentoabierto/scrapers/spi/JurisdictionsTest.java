package mx.parlamentoabierto.scrapers.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import mx.parlamentoabierto.scrapers.jurisdictions.diputados.SitlRollCalls;

/** Every jurisdiction declares its scrapers completely, and a scraper is found only through its jurisdiction. */
class JurisdictionsTest {

    @Test
    void everyDeclaredScraperBelongsToItsJurisdictionAndHasAUniqueName() {
        assertFalse(Scrapers.jurisdictions().isEmpty());
        Set<String> names = new HashSet<>();
        for (Jurisdiction j : Scrapers.jurisdictions()) {
            assertFalse(j.scrapers().isEmpty(), j.id() + " declares no scraper");
            for (Jurisdiction.DeclaredScraper d : j.scrapers()) {
                assertEquals(j.id(), d.scraper().legislatureId(), d.scraper().name() + " reads another legislature");
                assertFalse(d.scraper().produces().isEmpty(), d.scraper().name() + " says what it produces");
                assertTrue(names.add(d.scraper().name()), "two scrapers named " + d.scraper().name());
            }
        }
        assertTrue(Scrapers.byName("diputados-votaciones").orElseThrow() instanceof SitlRollCalls);
    }

    @Test
    void aDeclarationNamesItsSourceAndTerms() {
        assertThrows(IllegalArgumentException.class, () -> new Jurisdiction.DeclaredScraper(new SitlRollCalls(), " ", "LXII"));
    }

    @Test
    void theListingNamesEachJurisdictionScraperSourceAndTerms() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Scrapers.print(new PrintStream(out, true, StandardCharsets.UTF_8));
        String listing = out.toString(StandardCharsets.UTF_8);
        assertTrue(listing.startsWith("diputados — Cámara de Diputados"), listing);
        assertTrue(listing.contains("diputados-votaciones  [vote]  legislaturas LXII"), listing);
        assertTrue(listing.contains("fuente: SITL"), listing);
    }
}
