package mx.parlamentoabierto.platform.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import mx.parlamentoabierto.platform.interfaces.rest.Incidents;

class WebSafetyTest {

    @Test
    void aDownloadKeepsItsSpanishNameAndHasAnAsciiFallback() {
        assertEquals("attachment; filename=\"Version estenografica 2024.pdf\"; filename*=UTF-8''Versi%C3%B3n%20estenogr%C3%A1fica%202024.pdf",
                ContentDisposition.attachment("Versión estenográfica 2024.pdf"));
        assertEquals("attachment; filename=\"a_b_.txt\"; filename*=UTF-8''a%22b%3B.txt", ContentDisposition.attachment("a\"b;.txt"));
    }

    @Test
    void redirectsNeverCarryTheRequestsHost() {
        assertEquals("/index.xhtml", FailureFilter.safeLocation("http://evil.example/index.xhtml", "", "/"));
        assertEquals("/api/ingest/jobs/7", FailureFilter.safeLocation("https://evil.example:8443/api/ingest/jobs/7", "", "/api/ingest/jobs"));
        assertEquals("/", FailureFilter.safeLocation("//evil.example", "", "/x"));
        assertEquals("/admin/subir.xhtml", FailureFilter.safeLocation("subir.xhtml", "", "/admin/importaciones.xhtml"));
        assertEquals("/buscar.xhtml?q=ley", FailureFilter.safeLocation("http://evil.example/buscar.xhtml?q=ley", "", "/"),
                "a path, whatever the public URL: the browser stays on the origin it used");
        for (String hostile : new String[] {"/\t/evil.example/x", "/" + (char) 1 + "/evil.example", "/\\evil.example", "/ /evil.example",
                "/" + (char) 0x2028 + "/evil.example"}) {
            assertEquals("/", FailureFilter.safeLocation(hostile, "", "/entrar.xhtml"), hostile);
        }
    }

    @Test
    void onlyATrustedProxyMayNameTheClient() {
        var trusted = java.util.Set.of("127.0.0.1");
        assertEquals("203.0.113.9", ClientAddress.of("127.0.0.1", "198.51.100.1, 203.0.113.9", trusted),
                "the right-most untrusted hop: a client cannot pick its own address by writing further left");
        assertEquals("198.51.100.7", ClientAddress.of("198.51.100.7", "10.0.0.1", trusted), "an untrusted peer's header is ignored");
        assertEquals("127.0.0.1", ClientAddress.of("127.0.0.1", null, trusted));
    }

    @Test
    void errorPagesEscapeWhatTheyShow() {
        assertEquals("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", PortalErrors.escape("<script>alert('x')</script>"));
    }

    @Test
    void anIncidentIsNamedByAnIdAndNothingElse() {
        String first = Incidents.record("GET /prueba", new IllegalStateException("detalle interno que no debe salir"));
        String second = Incidents.record("GET /prueba", null);
        assertEquals(10, first.length());
        org.junit.jupiter.api.Assertions.assertNotEquals(first, second, "each failure its own id");
        String detail = Incidents.publicDetail(first);
        org.junit.jupiter.api.Assertions.assertTrue(detail.contains(first) && !detail.contains("detalle interno") && !detail.contains("Exception"), detail);
    }
}
