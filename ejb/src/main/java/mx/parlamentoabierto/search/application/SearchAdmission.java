package mx.parlamentoabierto.search.application;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import mx.parlamentoabierto.identity.domain.Caller;
import mx.parlamentoabierto.platform.RetryLaterException;
import mx.parlamentoabierto.platform.config.PortalConfiguration;
import mx.parlamentoabierto.platform.throttling.ClientSlots;
import mx.parlamentoabierto.platform.throttling.ConcurrencyGate;
import mx.parlamentoabierto.platform.throttling.SlowMemory;
import mx.parlamentoabierto.platform.throttling.TokenBuckets;
import mx.parlamentoabierto.search.domain.SpeechQuery;
import mx.parlamentoabierto.search.domain.SpeechSearchResult;
import mx.parlamentoabierto.search.domain.DocumentQuery;
import mx.parlamentoabierto.search.domain.DocumentSearchResult;
import mx.parlamentoabierto.search.domain.RecordQuery;
import mx.parlamentoabierto.search.domain.RecordSearchResult;
import mx.parlamentoabierto.search.domain.VariableHit;

/**
 * The one way into the search engine for everything that answers a request — the search API, the search page, feeds of
 * saved searches, the archive picker of the answer form, the methodology's variable search — so that each passes the
 * same admission (ADR 0013, ADR 0022):
 * <ul>
 *   <li>each anonymous client address has a token bucket ({@code parlamento.search.anonymous-per-second},
 *   {@code …-burst}); past it, 429 with {@code Retry-After};</li>
 *   <li>at most {@code parlamento.search.max-concurrent} searches run at once in this instance, of which at most
 *   {@code …-expensive} with prefixes ({@code con*}), and each client address has at most
 *   {@code …-per-client} searches running; one that finds no room waits up to 250 ms, then gets 503 with
 *   {@code Retry-After};</li>
 *   <li>"expensive" is read from the query's shape before it runs ({@link DocumentQuery#isCostly}: prefixes, eight
 *   words or more, alternatives, several phrases) or learned from the previous time: words whose last search took
 *   more than a second are expensive for the next 10 minutes — so addresses repeating the costliest searches share
 *   the expensive slots among themselves and everyone else keeps the rest (bench search, adversarial round).
 *   Addresses are not remembered: people behind one address (a congress's network) would pay for each other.</li>
 * </ul>
 * A request that runs several searches (the search page counts each kind of result) is admitted once for all of them
 * ({@link #admit}). Signed-in accounts are not rate-limited, but share the concurrency limits. The architecture test
 * holds that nothing outside this class calls the indices' search methods.
 */
@ApplicationScoped
public class SearchAdmission {

    private static final Duration WAIT = Duration.ofMillis(250);
    /** Slow enough to be remembered even on a loaded node (normal searches under attack stay below it, bench search). */
    private static final Duration SLOW = Duration.ofSeconds(1);
    private final SlowMemory slowWords = new SlowMemory(SLOW, Duration.ofMinutes(10), 10_000);
    private static final ThreadLocal<Boolean> ADMITTED = new ThreadLocal<>();

    private final PortalConfiguration configuration;
    private final DocumentIndex documents;
    private final RecordIndex records;
    private final SearchIndex variables;
    private final SpeechIndex speeches;
    private TokenBuckets perClient;
    private ConcurrencyGate gate;
    private ClientSlots clients;

    /** For CDI's client proxy only. */
    protected SearchAdmission() {
        this(null, null, null, null, null);
    }

    @Inject
    public SearchAdmission(PortalConfiguration configuration, DocumentIndex documents, RecordIndex records, SearchIndex variables,
            SpeechIndex speeches) {
        this.configuration = configuration;
        this.speeches = speeches;
        this.documents = documents;
        this.records = records;
        this.variables = variables;
    }

    @PostConstruct
    void limits() {
        perClient = new TokenBuckets(configuration.searchAnonymousPerSecond(), configuration.searchAnonymousBurst(), 100_000);
        gate = new ConcurrencyGate(configuration.searchMaxConcurrent(), configuration.searchMaxConcurrentExpensive(), WAIT,
                configuration.searchMaxConcurrent() * 8);
        clients = new ClientSlots(configuration.searchMaxConcurrentPerClient());
    }

    public DocumentSearchResult documents(Caller caller, DocumentQuery query) {
        return admit(caller, query.text(), () -> documents.search(query));
    }

    public RecordSearchResult records(Caller caller, RecordQuery query) {
        return admit(caller, query.text(), () -> records.search(query));
    }

    public SpeechSearchResult speeches(Caller caller, SpeechQuery query) {
        return admit(caller, query.text(), () -> speeches.search(query));
    }

    public List<VariableHit> variables(Caller caller, String words, Optional<String> methodologyKey, int limit) {
        return admit(caller, words, () -> variables.searchVariables(words, methodologyKey, limit));
    }

    /**
     * Runs the searches of one request once admitted, or refuses with a {@link RetryLaterException} (429 for this
     * address, 503 for everyone) before any of them runs. Calls nested inside are not admitted again.
     */
    public <T> T admit(Caller caller, String words, Supplier<T> searches) {
        if (ADMITTED.get() != null) {
            return searches.get();
        }
        String address = caller.address();
        if (!caller.signedIn() && !caller.isSystem()) {
            Duration wait = perClient.take(address);
            if (!wait.isZero()) {
                throw new RetryLaterException(429, "Demasiadas búsquedas seguidas desde su dirección; espere "
                        + seconds(wait) + " s y vuelva a intentarlo.", wait);
            }
        }
        String wordsKey = words == null ? null : words.strip().toLowerCase(java.util.Locale.ROOT);
        boolean expensive = DocumentQuery.isCostly(words) || slowWords.remembers(wordsKey);
        if (!clients.enter(address)) {
            throw new RetryLaterException(429, "Ya tiene " + configuration.searchMaxConcurrentPerClient()
                    + " búsquedas en curso; espere a que terminen.", Duration.ofSeconds(1));
        }
        try {
            Optional<ConcurrencyGate.Permit> permit = gate.tryEnter(expensive);
            if (permit.isEmpty()) {
                throw new RetryLaterException(503, expensive
                        ? "Hay demasiadas búsquedas costosas en curso (con comodín * o de palabras muy frecuentes); vuelva a intentarlo en un"
                                + " momento o afine la búsqueda con más palabras o filtros."
                        : "El buscador está atendiendo a muchas personas a la vez; vuelva a intentarlo en un momento.", Duration.ofSeconds(1));
            }
            long start = System.nanoTime();
            try (ConcurrencyGate.Permit inside = permit.get()) {
                ADMITTED.set(Boolean.TRUE);
                return searches.get();
            } finally {
                ADMITTED.remove();
                slowWords.observe(wordsKey, System.nanoTime() - start);
            }
        } finally {
            clients.leave(address);
        }
    }

    private static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
