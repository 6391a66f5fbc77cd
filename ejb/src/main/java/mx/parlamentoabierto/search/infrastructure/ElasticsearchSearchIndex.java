package mx.parlamentoabierto.search.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.indices.update_aliases.Action;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.instrumentation.NoopInstrumentation;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import org.apache.http.HttpEntity;
import org.apache.http.HttpHost;
import org.apache.http.client.config.RequestConfig;
import org.apache.http.client.methods.CloseableHttpResponse;
import org.apache.http.client.methods.HttpPost;
import org.apache.http.entity.ByteArrayEntity;
import org.apache.http.entity.ContentType;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;
import org.apache.http.util.EntityUtils;
import org.elasticsearch.client.RestClient;

import mx.parlamentoabierto.methodology.domain.Methodology;
import mx.parlamentoabierto.methodology.domain.Principle;
import mx.parlamentoabierto.methodology.domain.Variable;
import mx.parlamentoabierto.platform.SearchUnavailableException;
import mx.parlamentoabierto.search.application.SearchIndex;
import mx.parlamentoabierto.search.domain.VariableHit;

/**
 * {@link SearchIndex} on Elasticsearch. One client per portal (it is thread-safe and expensive), closed
 * with {@link #close()}.
 */
public class ElasticsearchSearchIndex implements SearchIndex, AutoCloseable {

    static final String VARIABLES = "variables";

    /** Both connection pools to the node (the official client's and the searches'): same limits, same timeouts. */
    private static final int CONNECT_TIMEOUT_MILLIS = 2_000;
    private static final int SOCKET_TIMEOUT_MILLIS = 30_000;
    /** The low-level client allows 10 connections per node by default: too few for concurrent searches. */
    private static final int MAX_CONNECTIONS_PER_NODE = 64;
    private static final int MAX_CONNECTIONS = 128;

    private final RestClientTransport transport;
    private final HttpHost node;
    private final CloseableHttpClient blockingHttp;
    private final ElasticsearchClient client;
    private final String prefix;
    private final Map<String, IndexDefinition> definitions;

    public ElasticsearchSearchIndex(String url, String prefix, Map<String, IndexDefinition> definitions) {
        this.node = HttpHost.create(url);
        RestClient rest = RestClient.builder(node)
                .setRequestConfigCallback(config -> config.setConnectTimeout(CONNECT_TIMEOUT_MILLIS).setSocketTimeout(SOCKET_TIMEOUT_MILLIS))
                // No auth cache and no cookie store: the node is reached without credentials or cookies, and Apache's
                // auth cache deserialises (java.io.ObjectInputStream) a scheme on every request — ~5 % of the portal's
                // CPU per search in the profile of ./parlamento bench search.
                .setHttpClientConfigCallback(http -> http.setMaxConnPerRoute(MAX_CONNECTIONS_PER_NODE).setMaxConnTotal(MAX_CONNECTIONS)
                        .disableAuthCaching().disableCookieManagement())
                .build();
        // No OpenTelemetry spans per request: the portal exports no traces, and the instrumentation costs CPU on every search.
        this.transport = new RestClientTransport(rest, new JacksonJsonpMapper(), null, NoopInstrumentation.INSTANCE);
        this.client = new ElasticsearchClient(transport);
        // The citizens' searches go through Apache's classic (blocking) client, the same HttpComponents family the
        // low-level RestClient is built on. The RestClient is asynchronous: its I/O reactor thread sends and reads
        // every request and wakes the waiting request thread, and those two hand-offs plus the reactor's own work
        // were 29 % of the portal's CPU per search in the profile of ./parlamento bench search. The blocking client
        // does the round trip on the request thread. Everything else (bulk, admin, rebuild) keeps the official client.
        PoolingHttpClientConnectionManager connections = new PoolingHttpClientConnectionManager();
        connections.setDefaultMaxPerRoute(MAX_CONNECTIONS_PER_NODE);
        connections.setMaxTotal(MAX_CONNECTIONS);
        connections.setValidateAfterInactivity(2_000);
        this.blockingHttp = HttpClients.custom().setConnectionManager(connections)
                .setDefaultRequestConfig(RequestConfig.custom().setConnectTimeout(CONNECT_TIMEOUT_MILLIS)
                        .setConnectionRequestTimeout(CONNECT_TIMEOUT_MILLIS).setSocketTimeout(SOCKET_TIMEOUT_MILLIS).build())
                .disableAuthCaching().disableCookieManagement().disableContentCompression().disableRedirectHandling()
                .build();
        this.prefix = prefix;
        this.definitions = Map.copyOf(definitions);
        if (!definitions.containsKey(VARIABLES)) {
            throw new IllegalArgumentException("config/elasticsearch has no definition of the '" + VARIABLES + "' index");
        }
    }

    /**
     * Where writes go: the alias's index of the current version, or the new version's index before activation; for
     * the documents index, whatever index the alias points at (an older version's until the rebuild that upgrades it
     * switches the alias; the rebuild queues again what changed meanwhile).
     */
    String currentIndex(String name) {
        IndexDefinition definition = definitions.get(name);
        List<String> targets = aliasTargets(definition.alias(prefix));
        if (rebuiltFromDatabase(definition) && targets.size() == 1) {
            return targets.get(0);
        }
        return aliasTargetOfCurrentVersion(definition).orElse(definition.concreteName(prefix));
    }

    /**
     * True when the alias points at an index of an older mapping version: for the indices filled from the database
     * (documents) the new version is built by a rebuild and the alias switched then, not left empty behind it.
     */
    boolean aliasPointsAtOlderVersion(IndexDefinition definition) {
        List<String> targets = aliasTargets(definition.alias(prefix));
        return !targets.isEmpty() && aliasTargetOfCurrentVersion(definition).isEmpty();
    }

    /** Indices whose new mapping version is built from the database by a rebuild, not created empty behind the alias. */
    private static boolean rebuiltFromDatabase(IndexDefinition definition) {
        return ElasticsearchDocumentIndex.DOCUMENTS.equals(definition.name());
    }

    /** An index filled from the database whose alias is still on an older version: left alone until its rebuild. */
    private boolean awaitsRebuild(IndexDefinition definition) {
        return rebuiltFromDatabase(definition) && aliasPointsAtOlderVersion(definition);
    }

    ElasticsearchClient client() {
        return client;
    }

    /** Reads the body of a successful answer. */
    interface BodyReader<T> {
        T read(InputStream body) throws IOException;
    }

    /**
     * POSTs a JSON body on the calling thread and reads the answer with {@code reader}, for the requests on the
     * citizens' path whose answer is read without the typed model. Any status but 200 is an {@link IOException}
     * carrying the start of the node's answer.
     */
    <T> T postJson(String path, byte[] body, BodyReader<T> reader, Duration budget) throws IOException {
        HttpPost post = new HttpPost(path);
        post.setConfig(RequestConfig.custom().setConnectTimeout(CONNECT_TIMEOUT_MILLIS).setConnectionRequestTimeout(CONNECT_TIMEOUT_MILLIS)
                .setSocketTimeout((int) Math.min(SOCKET_TIMEOUT_MILLIS, budget.toMillis())).build());
        post.setEntity(new ByteArrayEntity(body, ContentType.APPLICATION_JSON));
        try (CloseableHttpResponse response = blockingHttp.execute(node, post)) {
            HttpEntity entity = response.getEntity();
            int status = response.getStatusLine().getStatusCode();
            if (status != 200 || entity == null) {
                String answer = entity == null ? "" : EntityUtils.toString(entity, StandardCharsets.UTF_8);
                throw new IOException("HTTP " + status + " en " + path + ": " + answer.substring(0, Math.min(500, answer.length())));
            }
            // closing the content after reading it hands the connection back to the pool for the next search
            try (InputStream content = entity.getContent()) {
                return reader.read(content);
            }
        }
    }

    String prefix() {
        return prefix;
    }

    IndexDefinition definition(String name) {
        IndexDefinition definition = definitions.get(name);
        if (definition == null) {
            throw new IllegalArgumentException("config/elasticsearch has no definition of the '" + name + "' index");
        }
        return definition;
    }

    String alias(String name) {
        return definitions.get(name).alias(prefix);
    }

    @Override
    public void ensureIndices() {
        for (IndexDefinition definition : definitions.values()) {
            if (aliasTargetOfCurrentVersion(definition).isPresent() || awaitsRebuild(definition)) {
                continue;
            }
            createIfMissing(definition, definition.concreteName(prefix));
        }
    }

    void createIfMissing(IndexDefinition definition, String index) {
        try {
            if (!client.indices().exists(e -> e.index(index)).value()) {
                client.indices().create(c -> c.index(index).withJson(new StringReader(definition.json())));
            }
        } catch (ElasticsearchException e) {
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw unavailable("crear el índice " + index, e);
            }
        } catch (IOException e) {
            throw unavailable("crear el índice " + index, e);
        }
    }

    @Override
    public void activateIndices() {
        for (IndexDefinition definition : definitions.values()) {
            if (aliasTargetOfCurrentVersion(definition).isEmpty() && !awaitsRebuild(definition)) {
                pointAlias(definition.alias(prefix), definition.concreteName(prefix));
            }
        }
    }

    /** The indices the alias points at now (empty if it does not exist). */
    List<String> aliasTargets(String alias) {
        try {
            return client.indices().existsAlias(e -> e.name(alias)).value()
                    ? new ArrayList<>(client.indices().getAlias(g -> g.name(alias)).result().keySet())
                    : List.of();
        } catch (IOException | ElasticsearchException e) {
            throw unavailable("leer el alias " + alias, e);
        }
    }

    /**
     * The index the alias points at when it is one of the current mapping version: {@code <prefix>-<name>-v<n>}
     * or a rebuild of it, {@code <prefix>-<name>-v<n>-r<timestamp>}.
     */
    Optional<String> aliasTargetOfCurrentVersion(IndexDefinition definition) {
        String base = definition.concreteName(prefix);
        List<String> targets = aliasTargets(definition.alias(prefix));
        return targets.size() == 1 && (targets.get(0).equals(base) || targets.get(0).startsWith(base + "-r"))
                ? Optional.of(targets.get(0)) : Optional.empty();
    }

    /** Moves the alias to exactly one index in a single atomic request. */
    void pointAlias(String alias, String index) {
        try {
            List<String> current = aliasTargets(alias);
            if (current.equals(List.of(index))) {
                return;
            }
            List<Action> actions = new ArrayList<>();
            for (String old : current) {
                if (!old.equals(index)) {
                    actions.add(Action.of(a -> a.remove(r -> r.index(old).alias(alias))));
                }
            }
            actions.add(Action.of(a -> a.add(ad -> ad.index(index).alias(alias))));
            client.indices().updateAliases(u -> u.actions(actions));
        } catch (IOException | ElasticsearchException e) {
            throw unavailable("activar el alias " + alias, e);
        }
    }

    @Override
    public void indexMethodology(Methodology methodology) {
        BulkRequest.Builder bulk = new BulkRequest.Builder().refresh(Refresh.WaitFor);
        String index = currentIndex(VARIABLES);
        for (Principle principle : methodology.principles()) {
            for (Variable variable : principle.variables()) {
                VariableDocument document = new VariableDocument(methodology.key(), methodology.id(), variable.id(),
                        principle.number(), principle.name(), variable.text(), variable.evidence(),
                        variable.basis().stream().map(b -> b.citation()).collect(Collectors.joining("; ")));
                bulk.operations(op -> op.index(i -> i.index(index).id(methodology.key() + "/" + variable.id()).document(document)));
            }
        }
        try {
            BulkResponse response = client.bulk(bulk.build());
            if (response.errors()) {
                String reasons = response.items().stream().filter(i -> i.error() != null)
                        .map(i -> i.id() + ": " + i.error().reason()).limit(5).collect(Collectors.joining("; "));
                throw new IllegalStateException("Elasticsearch rechazó variables de " + methodology.key() + ": " + reasons);
            }
        } catch (IOException | ElasticsearchException e) {
            throw unavailable("indexar la metodología " + methodology.key(), e);
        }
    }

    @Override
    public List<VariableHit> searchVariables(String query, Optional<String> methodologyKey, int limit) {
        try {
            SearchResponse<VariableDocument> response = client.search(s -> s
                    .index(alias(VARIABLES))
                    .size(limit)
                    .query(q -> q.bool(b -> {
                        b.must(m -> m.multiMatch(mm -> mm.query(query).type(TextQueryType.MostFields)
                                .fields("variableId^10", "text^3", "text.exact^2", "principleName", "evidence", "basis")));
                        methodologyKey.ifPresent(key -> b.filter(f -> f.term(t -> t.field("methodologyKey").value(key))));
                        return b;
                    }))
                    .highlight(h -> h.encoder(HighlighterEncoder.Html).preTags("<mark>").postTags("</mark>")
                            .fields("text", f -> f.numberOfFragments(0))
                            .fields("evidence", f -> f.numberOfFragments(1).fragmentSize(160))),
                    VariableDocument.class);
            List<VariableHit> hits = new ArrayList<>();
            for (Hit<VariableDocument> hit : response.hits().hits()) {
                VariableDocument d = hit.source();
                List<String> fragments = new ArrayList<>();
                hit.highlight().values().forEach(fragments::addAll);
                hits.add(new VariableHit(d.methodologyKey(), d.variableId(), d.principle(), d.text(),
                        hit.score() == null ? 0 : hit.score(), fragments));
            }
            return hits;
        } catch (IOException | ElasticsearchException e) {
            throw unavailable("buscar", e);
        }
    }

    /** Analyses text with an index analyzer; for checks of the Spanish analysis. */
    public List<String> analyze(String indexName, String analyzer, String text) {
        try {
            return client.indices().analyze(a -> a.index(alias(indexName)).analyzer(analyzer).text(text))
                    .tokens().stream().map(t -> t.token()).toList();
        } catch (IOException | ElasticsearchException e) {
            throw unavailable("analizar", e);
        }
    }

    @Override
    public boolean isAvailable() {
        try {
            return client.cluster().health(h -> h.timeout(t -> t.time("2s"))).status() != HealthStatus.Red;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Deletes every index of this prefix; for integration tests that need a clean slate. */
    public void deleteIndices() {
        try {
            client.indices().delete(d -> d.index(prefix + "-*").ignoreUnavailable(true).allowNoIndices(true));
        } catch (IOException | ElasticsearchException e) {
            throw unavailable("borrar índices", e);
        }
    }

    static SearchUnavailableException unavailable(String action, Exception cause) {
        return new SearchUnavailableException("Elasticsearch no pudo " + action + ": " + cause.getMessage(), cause);
    }

    @Override
    public void close() {
        try {
            blockingHttp.close();
        } catch (IOException e) {
            // sockets to a node that is gone; nothing left to release
        }
        try {
            transport.close();
        } catch (IOException e) {
            // closing a client of an unreachable node; nothing left to release
        }
    }
}
