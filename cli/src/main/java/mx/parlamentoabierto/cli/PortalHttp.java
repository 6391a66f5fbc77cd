package mx.parlamentoabierto.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The one way the commands talk to the portal: its base address, the administrator's credentials when the command
 * needs them (HTTP Basic, from {@code PARLAMENTO_ADMIN_PASSWORD}), the header that marks a programmatic write
 * ({@code X-Requested-By}, the portal's CSRF rule for non-browser clients), and answers read as JSON trees.
 */
public final class PortalHttp {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final String authorization;

    private PortalHttp(String base, String adminPassword) {
        this.base = base.replaceAll("/+$", "");
        this.authorization = adminPassword == null ? null
                : "Basic " + Base64.getEncoder().encodeToString(("admin:" + adminPassword).getBytes(StandardCharsets.UTF_8));
    }

    /** Anonymous (what the public may read). */
    public static PortalHttp anonymous(String base) {
        return new PortalHttp(base, null);
    }

    /** As the administrator; the password comes from the environment, never from the command line. */
    public static PortalHttp asAdministrator(String base) {
        String password = System.getenv("PARLAMENTO_ADMIN_PASSWORD");
        if (password == null || password.isBlank()) {
            throw new UsageException("falta PARLAMENTO_ADMIN_PASSWORD (la contraseña de la cuenta admin)");
        }
        return new PortalHttp(base, password);
    }

    public String base() {
        return base;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path, Duration.ofMinutes(1)).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public HttpResponse<InputStream> download(String path) throws IOException, InterruptedException {
        return http.send(request(path, Duration.ofMinutes(10)).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
    }

    public HttpResponse<String> postJson(String path, ObjectNode body) throws IOException, InterruptedException {
        return post(path, JSON.writeValueAsBytes(body), "application/json", Duration.ofMinutes(1));
    }

    public HttpResponse<String> post(String path, byte[] body, String type, Duration timeout) throws IOException, InterruptedException {
        return http.send(request(path, timeout).header("Content-Type", type).header("X-Requested-By", "parlamento-cli")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A multipart form with text fields and one file, as the upload page sends it. */
    public HttpResponse<String> upload(String path, Map<String, String> fields, Path file) throws IOException, InterruptedException {
        String boundary = "----parlamento" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                    + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        String name = file.getFileName().toString().replace("\"", "_");
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(Files.readAllBytes(file));
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return post(path, body.toByteArray(), "multipart/form-data; boundary=" + boundary, Duration.ofMinutes(5));
    }

    private HttpRequest.Builder request(String path, Duration timeout) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout);
        return authorization == null ? b : b.header("Authorization", authorization);
    }

    /** The answer's body as a JSON tree; a missing node when it is not JSON (an HTML error page, an empty body). */
    public static JsonNode json(HttpResponse<String> response) {
        try {
            JsonNode node = JSON.readTree(response.body());
            return node == null ? MissingNode.getInstance() : node;
        } catch (JsonProcessingException e) {
            return MissingNode.getInstance();
        }
    }

    /** "HTTP 400: what the portal said" (its problem's {@code detail}, or the document's failure reason). */
    public static String problem(HttpResponse<String> response) {
        JsonNode answer = json(response);
        String detail = answer.path("detail").asText(answer.path("failureReason").asText(""));
        return "HTTP " + response.statusCode() + (detail.isEmpty() ? "" : ": " + detail);
    }

    public static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
