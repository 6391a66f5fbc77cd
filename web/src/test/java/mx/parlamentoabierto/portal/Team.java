package mx.parlamentoabierto.portal;

import static mx.parlamentoabierto.portal.PortalClient.object;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import mx.parlamentoabierto.methodology.domain.Methodology;
import mx.parlamentoabierto.methodology.infrastructure.MethodologyFile;

/**
 * The accounts an integration test class works with, created through {@code POST /api/users} by the seed
 * administrator (one per role, plus a second evaluator and staff of another legislature), each with a personal
 * token. Names carry the class's prefix: the test classes deploy the portal one after another on the same database.
 */
final class Team {

    static final String ADMIN_PASSWORD = "secreto-de-prueba";
    static final String METHODOLOGY = "parlamento-abierto-mx@2026.1";

    final String prefix;
    final Map<String, String> passwords = new HashMap<>();
    final Map<String, PortalClient> api = new HashMap<>();
    final Methodology methodology;

    Team(URI base, String prefix) throws Exception {
        this.prefix = prefix;
        methodology = MethodologyFile.parse("methodology", Files.readAllBytes(
                Path.of(System.getProperty("parlamento.test.config.dir"), "methodologies", "parlamento-abierto-mx-2026.1.json")));
        PortalClient admin = PortalClient.basic(base, "admin", ADMIN_PASSWORD);
        create(base, admin, "coordinadora", "[\"coordinator\"]", null);
        create(base, admin, "evaluador", "[\"evaluator\"]", null);
        create(base, admin, "evaluadora-2", "[\"evaluator\"]", null);
        create(base, admin, "revisor", "[\"reviewer\"]", null);
        create(base, admin, "personal-sonora", "[\"staff\"]", "sonora");
        create(base, admin, "personal-yucatan", "[\"staff\"]", "yucatan");
        create(base, admin, "admin", "[\"admin\"]", null);
    }

    private void create(URI base, PortalClient admin, String role, String roles, String legislature) throws Exception {
        String name = prefix + "-" + role;
        HttpResponse<String> created = admin.json("POST", "api/users", "{\"name\":\"" + name + "\",\"roles\":" + roles
                + (legislature == null ? "" : ",\"legislature\":\"" + legislature + "\"") + "}");
        assertEquals(201, created.statusCode(), created.body());
        String password = object(created).getString("password");
        passwords.put(name, password);
        HttpResponse<String> token = PortalClient.basic(base, name, password).json("POST", "api/me/tokens", "{\"label\":\"pruebas\"}");
        assertEquals(201, token.statusCode(), token.body());
        api.put(name, PortalClient.bearer(base, object(token).getString("secret")));
    }

    PortalClient as(String name) {
        return api.get(name);
    }
}
