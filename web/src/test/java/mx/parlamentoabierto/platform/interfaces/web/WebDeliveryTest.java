package mx.parlamentoabierto.platform.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What decides how a page is delivered: compression, the language of a first visit, which addresses become links. */
class WebDeliveryTest {

    @Test
    void gzipIsUsedWhenTheClientAcceptsItAndNeverWhenItRefusesIt() {
        assertTrue(CompressionFilter.acceptsGzip("gzip, deflate, br"));
        assertTrue(CompressionFilter.acceptsGzip("br;q=1.0, gzip;q=0.8"));
        assertTrue(CompressionFilter.acceptsGzip("*"));
        assertFalse(CompressionFilter.acceptsGzip("gzip;q=0"));
        assertFalse(CompressionFilter.acceptsGzip("identity"));
        assertFalse(CompressionFilter.acceptsGzip(null));
    }

    @Test
    void textIsCompressedAndDownloadsOfWholeFilesAreNot() {
        assertTrue(CompressionFilter.compressible("text/html;charset=UTF-8"));
        assertTrue(CompressionFilter.compressible("application/problem+json"));
        assertTrue(CompressionFilter.compressible("image/svg+xml"));
        assertFalse(CompressionFilter.compressible("application/pdf"));
        assertFalse(CompressionFilter.compressible("image/png"));
        assertFalse(CompressionFilter.compressible(null));
        assertTrue(CompressionFilter.downloadedWhole("/api/bulk/votes.csv"));
        assertTrue(CompressionFilter.downloadedWhole("/api/documents/12/file"));
        assertFalse(CompressionFilter.downloadedWhole("/api/documents/12/text"));
    }

    @Test
    void aFirstVisitFollowsTheBrowsersPreferenceBetweenSpanishAndEnglish() {
        assertEquals("en", LocaleSelection.fromAcceptLanguage("en-US,en;q=0.9,es;q=0.5"));
        assertEquals("es", LocaleSelection.fromAcceptLanguage("es-MX,es;q=0.9,en;q=0.8"));
        assertEquals("es", LocaleSelection.fromAcceptLanguage("en;q=0.5,es;q=0.9"), "quality, not order");
        assertEquals("en", LocaleSelection.fromAcceptLanguage("fr-FR,fr;q=0.9,en;q=0.6"));
        assertEquals("es", LocaleSelection.fromAcceptLanguage("fr, de"), "neither offered: Spanish");
        assertEquals("es", LocaleSelection.fromAcceptLanguage(null));
        assertEquals("es", LocaleSelection.fromAcceptLanguage(";;;q=x"), "a malformed header");
    }

    @Test
    void onlyHttpAndHttpsAddressesBecomeLinks() {
        assertTrue(Formats.isWebLink("https://congresoson.gob.mx/sesiones"));
        assertTrue(Formats.isWebLink("http://sitl.diputados.gob.mx/LXII_leg/x.php"));
        assertFalse(Formats.isWebLink("javascript:alert(1)"));
        assertFalse(Formats.isWebLink("data:text/html,<b>x</b>"));
        assertFalse(Formats.isWebLink("file:///etc/passwd"));
        assertFalse(Formats.isWebLink("//evil.example/"));
        assertFalse(Formats.isWebLink("not a url"));
        assertFalse(Formats.isWebLink(null));
    }
}
