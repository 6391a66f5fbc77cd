package mx.parlamentoabierto.identity.interfaces.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import mx.parlamentoabierto.identity.domain.Caller;
import mx.parlamentoabierto.identity.domain.Role;
import mx.parlamentoabierto.identity.interfaces.web.AuthenticationFilter;
import mx.parlamentoabierto.identity.interfaces.web.CurrentCaller;
import mx.parlamentoabierto.platform.config.PortalConfiguration;
import mx.parlamentoabierto.platform.interfaces.rest.Problem;
import mx.parlamentoabierto.platform.interfaces.web.ClientAddress;
import mx.parlamentoabierto.platform.interfaces.web.PortalErrors;
import mx.parlamentoabierto.platform.throttling.TokenBuckets;

/**
 * Fair use of the API ({@code /api/*}), counted per request — a bulk download is one request however many rows it
 * carries. Anonymous callers share a token bucket per client address ({@code parlamento.api.anonymous-per-second},
 * {@code …-burst}); a registered key (a personal API token, HTTP Basic or a signed-in session) has a bucket of its own
 * with a higher limit ({@code parlamento.api.key-per-second}, {@code …-burst}); administrators, who run the portal's
 * own imports, are not limited. The buckets live in this instance and are shared by all its worker threads. Every
 * answer says the limit that applies ({@code RateLimit-Limit}: the burst, {@code RateLimit-Policy}); past it, 429 with
 * {@code Retry-After} and a problem body. A rate of 0 turns that limit off (the benchmarks do, to measure the work
 * and not the limit).
 *
 * <p>Runs after {@link AuthenticationFilter}, which has named the caller.
 */
public class ApiRateLimitFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PortalConfiguration configuration;

    private transient Limit anonymous;
    private transient Limit keys;
    private transient Set<String> trustedProxies;

    /** One class of caller's limit: its buckets, or none when turned off. */
    private record Limit(TokenBuckets buckets, int burst, double perSecond) {
        static Limit of(double perSecond, int burst) {
            return perSecond <= 0 ? new Limit(null, burst, 0) : new Limit(new TokenBuckets(perSecond, burst, 100_000), burst, perSecond);
        }

        String policy() {
            return burst + ";w=" + Math.max(1, Math.round(burst / perSecond));
        }
    }

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        anonymous = Limit.of(configuration.apiAnonymousPerSecond(), configuration.apiAnonymousBurst());
        keys = Limit.of(configuration.apiKeyPerSecond(), configuration.apiKeyBurst());
        trustedProxies = configuration.trustedProxies();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        Caller caller = CurrentCaller.get();
        if (caller.has(Role.ADMIN) || "OPTIONS".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        boolean registered = caller.signedIn();
        Limit limit = registered ? keys : anonymous;
        if (limit.buckets() == null) {
            chain.doFilter(request, response);
            return;
        }
        String key = registered ? "account:" + caller.accountId() : ClientAddress.of(request, trustedProxies);
        response.setHeader("RateLimit-Policy", limit.policy());
        response.setHeader("RateLimit-Limit", String.valueOf(limit.burst()));
        Duration wait = limit.buckets().take(key);
        if (!wait.isZero()) {
            PortalErrors.write(request, response, 429, (registered
                    ? "Su clave pasó el límite de uso de la API (" + limit.burst() + " solicitudes seguidas, "
                    : "Esta dirección pasó el límite de uso anónimo de la API (" + limit.burst() + " solicitudes seguidas, ")
                    + formatRate(limit.perSecond()) + " por segundo sostenidas); espere " + Problem.retryAfterSeconds(wait)
                    + " s y vuelva a intentarlo." + (registered ? "" : " Con una clave registrada el límite es mayor; los datos completos se"
                    + " descargan de una vez en /api/bulk."), wait, null);
            return;
        }
        chain.doFilter(request, response);
    }

    private static String formatRate(double perSecond) {
        return perSecond == Math.rint(perSecond) ? String.valueOf((long) perSecond) : String.valueOf(perSecond);
    }
}
