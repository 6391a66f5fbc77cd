package mx.parlamentoabierto.search.interfaces.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import mx.parlamentoabierto.platform.config.PortalConfiguration;
import mx.parlamentoabierto.platform.interfaces.web.ClientAddress;
import mx.parlamentoabierto.platform.interfaces.web.CurrentCaller;
import mx.parlamentoabierto.platform.interfaces.web.PortalErrors;
import mx.parlamentoabierto.platform.throttling.ConcurrencyGate;
import mx.parlamentoabierto.platform.throttling.TokenBuckets;
import mx.parlamentoabierto.search.domain.DocumentQuery;

/**
 * Admission to the archive's search ({@code /api/search} and {@code /buscar.xhtml}), before any work is done:
 * <ul>
 *   <li>each anonymous client address has a token bucket ({@code parlamento.search.anonymous-per-second},
 *   {@code …-burst}); past it, 429 with {@code Retry-After};</li>
 *   <li>at most {@code parlamento.search.max-concurrent} searches run at once in this instance, of which at
 *   most {@code …-expensive} prefix searches; a search that finds no room waits up to 250 ms, then gets 503
 *   with {@code Retry-After}. No queue grows without limit, so a flood of expensive searches cannot stall the
 *   cheap ones behind it.</li>
 * </ul>
 * Signed-in accounts (resolved by the authentication filter before this one) are not rate-limited.
 */
public class SearchAdmissionFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Duration WAIT = Duration.ofMillis(250);

    @Inject
    transient PortalConfiguration configuration;

    private transient TokenBuckets perClient;
    private transient ConcurrencyGate gate;
    private transient Set<String> trustedProxies;

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        perClient = new TokenBuckets(configuration.searchAnonymousPerSecond(), configuration.searchAnonymousBurst(), 100_000);
        gate = new ConcurrencyGate(configuration.searchMaxConcurrent(), configuration.searchMaxConcurrentExpensive(), WAIT,
                configuration.searchMaxConcurrent() * 8);
        trustedProxies = configuration.trustedProxies();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        if (!CurrentCaller.get().signedIn()) {
            Duration wait = perClient.take(ClientAddress.of(request, trustedProxies));
            if (!wait.isZero()) {
                PortalErrors.write(request, response, 429, "Demasiadas búsquedas seguidas desde su dirección; espere "
                        + PortalErrors.retryAfterSeconds(wait) + " s y vuelva a intentarlo.", wait, null);
                return;
            }
        }
        boolean expensive = DocumentQuery.hasPrefixTerms(request.getParameter("q"));
        Optional<ConcurrencyGate.Permit> permit = gate.tryEnter(expensive);
        if (permit.isEmpty()) {
            PortalErrors.write(request, response, 503, expensive
                    ? "Hay demasiadas búsquedas con comodín (*) en curso; vuelva a intentarlo en un momento o busque sin comodín."
                    : "El buscador está atendiendo a muchas personas a la vez; vuelva a intentarlo en un momento.", Duration.ofSeconds(1), null);
            return;
        }
        try (ConcurrencyGate.Permit inside = permit.get()) {
            chain.doFilter(request, response);
        }
    }
}
