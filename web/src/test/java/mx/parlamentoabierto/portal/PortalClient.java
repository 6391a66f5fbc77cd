package mx.parlamentoabierto.portal;

import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

/**
 * A client of the deployed portal for the evaluation tests: JSON requests with a bearer token, HTTP Basic or a
 * signed-in browser session (cookies, the session's CSRF token), and the sign-in form itself.
 */
final class PortalClient {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"");
    /** The nonce of the page's scripts that every form carries back (PrimeFaces' CSP mode). */
    static final Pattern NONCE = Pattern.compile("name=\"primefaces.nonce\" value=\"([^\"]*)\"");

    final URI base;
    private final HttpClient http;
    private final CookieManager cookies = new CookieManager();
    private String authorization;
    private String csrf;
    private String forwardedFor;

    private PortalClient(URI base, String authorization, boolean withCookies) {
        this.base = base;
        this.authorization = authorization;
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER);
        if (withCookies) {
            builder.cookieHandler(cookies);
        }
        this.http = builder.build();
    }

    static PortalClient anonymous(URI base) {
        return new PortalClient(base, null, true);
    }

    static PortalClient bearer(URI base, String token) {
        return new PortalClient(base, "Bearer " + token, false);
    }

    static PortalClient basic(URI base, String name, String password) {
        return new PortalClient(base, "Basic " + Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8)), false);
    }

    /** A browser-like client signed in through the form; fails when the sign-in does not redirect. */
    static PortalClient session(URI base, String name, String password) throws Exception {
        PortalClient c = anonymous(base);
        HttpResponse<String> answer = c.signIn(name, password, "/trabajo/index.xhtml");
        if (answer.statusCode() != 302 && answer.statusCode() != 303) {
            throw new AssertionError("sign-in of " + name + " answered " + answer.statusCode());
        }
        c.refreshCsrf();
        return c;
    }

    HttpResponse<String> signIn(String name, String password, String back) throws Exception {
        HttpResponse<String> form = send("GET", "entrar.xhtml", null, null);
        Matcher vs = VIEW_STATE.matcher(form.body());
        if (!vs.find()) {
            throw new AssertionError("no ViewState on the sign-in page: " + form.body());
        }
        Matcher token = CSRF.matcher(form.body());
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("entrar", "entrar");
        fields.put("usuario", name);
        fields.put("clave", password);
        fields.put("volver", back);
        fields.put("boton-entrar", "Entrar");
        fields.put("jakarta.faces.ViewState", vs.group(1));
        fields.put("_csrf", token.find() ? token.group(1) : "");
        Matcher nonce = NONCE.matcher(form.body());
        if (nonce.find()) {
            fields.put("primefaces.nonce", nonce.group(1));
        }
        return postForm("entrar.xhtml", fields);
    }

    HttpResponse<String> postForm(String path, Map<String, String> fields) throws Exception {
        StringBuilder body = new StringBuilder();
        fields.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return send("POST", path, body.toString(), "application/x-www-form-urlencoded");
    }

    /** Reads the session's CSRF token from a signed-in page. */
    void refreshCsrf() throws Exception {
        Matcher m = CSRF.matcher(send("GET", "trabajo/index.xhtml", null, null).body());
        csrf = m.find() ? m.group(1) : null;
    }

    /** Requests from here on claim to come from {@code address} (honoured only through the trusted loopback proxy). */
    PortalClient from(String address) {
        this.forwardedFor = address;
        return this;
    }

    String csrf() {
        return csrf;
    }

    String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID")).map(java.net.HttpCookie::getValue)
                .findFirst().orElse(null);
    }

    HttpResponse<String> get(String path) throws Exception {
        return send("GET", path, null, null);
    }

    HttpResponse<String> json(String method, String path, String body) throws Exception {
        return send(method, path, body, "application/json");
    }

    HttpResponse<String> send(String method, String path, String body, String type) throws Exception {
        return send(method, path, body, type, true);
    }

    HttpResponse<String> send(String method, String path, String body, String type, boolean withCsrf) throws Exception {
        return send(method, path, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body), type, withCsrf,
                Duration.ofSeconds(60));
    }

    /** A file's bytes as they are (a page in ISO-8859-1, a Popolo file), posted as {@code application/octet-stream}. */
    HttpResponse<String> upload(String path, byte[] body) throws Exception {
        return send("POST", path, HttpRequest.BodyPublishers.ofByteArray(body), "application/octet-stream", true, Duration.ofSeconds(120));
    }

    private HttpResponse<String> send(String method, String path, HttpRequest.BodyPublisher body, String type, boolean withCsrf, Duration timeout)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(timeout).method(method, body);
        if (type != null) {
            b.header("Content-Type", type);
        }
        if (forwardedFor != null) {
            b.header("X-Forwarded-For", forwardedFor);
        }
        if (authorization != null) {
            b.header("Authorization", authorization);
            if (authorization.startsWith("Basic")) {
                b.header("X-Requested-By", "parlamento-it");
            }
        }
        if (withCsrf && csrf != null && !"GET".equals(method)) {
            b.header("X-CSRF-Token", csrf);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A multipart form ({@code POST /api/documents}): the fields in order, then the file part. */
    HttpResponse<String> multipart(String path, Map<String, String> fields, String fileName, byte[] content) throws Exception {
        String boundary = "----it" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n" + field.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send("POST", path, HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()), "multipart/form-data; boundary=" + boundary, true,
                Duration.ofSeconds(120));
    }

    static JsonStructure parse(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).read();
    }

    static JsonObject object(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
