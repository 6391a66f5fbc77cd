package mx.parlamentoabierto.platform.interfaces.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import com.fasterxml.jackson.databind.JsonNode;

import mx.parlamentoabierto.platform.json.JsonMapping;

/**
 * {@code api.xhtml}: the API described for people, from the same OpenAPI document machines read ({@code /openapi}):
 * each group of endpoints, each operation with its method, path, summary, parameters and answers. The document is read
 * once per deployment from this server (it is built from the deployed code and never changes while it runs).
 */
@Named
@ApplicationScoped
public class ApiPage {

    /** A parameter of an operation. */
    public record Parameter(String name, String in, boolean required, String description) {
    }

    /** An answer of an operation. */
    public record Answer(String status, String description) {
    }

    /** One operation. */
    public record Operation(String method, String path, String summary, List<Parameter> parameters, List<Answer> answers, String anchor) {
    }

    /** The operations under one first path segment ({@code /api/editions…}). */
    public record Group(String name, List<Operation> operations) {
    }

    private volatile List<Group> groups;
    private volatile String title;
    private volatile String description;

    public List<Group> getGroups() {
        load();
        return groups;
    }

    public String getTitle() {
        load();
        return title;
    }

    public String getDescription() {
        load();
        return description;
    }

    private void load() {
        if (groups != null) {
            return;
        }
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        load(request.getLocalPort(), request.getContextPath());
    }

    private final java.util.concurrent.atomic.AtomicBoolean warming = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * Reads the document in the background once the portal answers its first request: Payara builds it on its first
     * request, which takes seconds, and a visitor of the API page should not wait for that.
     */
    public void warm(int port, String contextPath) {
        if (groups == null && warming.compareAndSet(false, true)) {
            Thread t = new Thread(() -> {
                try {
                    load(port, contextPath);
                } catch (RuntimeException e) {
                    warming.set(false); // the page will try again
                }
            }, "openapi-warm-up");
            t.setDaemon(true);
            t.start();
        }
    }

    private synchronized void load(int port, String contextPath) {
        if (groups != null) {
            return;
        }
        URI self = URI.create("http://127.0.0.1:" + port + contextPath + "/openapi");
        try {
            HttpResponse<String> answer = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
                    .send(HttpRequest.newBuilder(self).header("Accept", "application/json").timeout(Duration.ofSeconds(20)).build(),
                            HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IOException("HTTP " + answer.statusCode());
            }
            parse(JsonMapping.MAPPER.readTree(answer.body()));
        } catch (IOException e) {
            throw new IllegalStateException("no se pudo leer el documento OpenAPI: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    synchronized void parse(JsonNode openapi) {
        title = openapi.path("info").path("title").asText("API");
        description = openapi.path("info").path("description").asText("");
        Map<String, List<Operation>> byGroup = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = openapi.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            String group = path.getKey().replaceFirst("^/api/?", "").split("/")[0].replaceAll("\\{.*", "");
            for (String method : List.of("get", "post", "put", "delete", "patch")) {
                JsonNode op = path.getValue().path(method);
                if (op.isMissingNode()) {
                    continue;
                }
                List<Parameter> parameters = new ArrayList<>();
                op.path("parameters").forEach(p -> parameters.add(new Parameter(p.path("name").asText(), p.path("in").asText(),
                        p.path("required").asBoolean(false), p.path("description").asText(""))));
                List<Answer> answers = new ArrayList<>();
                op.path("responses").fields().forEachRemaining(r -> answers.add(new Answer(r.getKey(), r.getValue().path("description").asText(""))));
                answers.sort(java.util.Comparator.comparing(Answer::status));
                String anchor = (method + path.getKey()).replaceAll("[^A-Za-z0-9]+", "-");
                byGroup.computeIfAbsent(group.isEmpty() ? "api" : group, k -> new ArrayList<>())
                        .add(new Operation(method.toUpperCase(java.util.Locale.ROOT), path.getKey(), op.path("summary").asText(""), parameters, answers,
                                anchor));
            }
        }
        List<Group> out = new ArrayList<>();
        byGroup.forEach((name, operations) -> {
            operations.sort(java.util.Comparator.comparing(Operation::path).thenComparing(Operation::method));
            out.add(new Group(name, List.copyOf(operations)));
        });
        groups = List.copyOf(out);
    }
}
