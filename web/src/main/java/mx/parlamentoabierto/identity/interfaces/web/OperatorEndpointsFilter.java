package mx.parlamentoabierto.identity.interfaces.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import mx.parlamentoabierto.identity.domain.Role;
import mx.parlamentoabierto.identity.interfaces.web.CurrentCaller;
import mx.parlamentoabierto.platform.config.PortalConfiguration;
import mx.parlamentoabierto.platform.interfaces.web.BufferedServletOutput;
import mx.parlamentoabierto.platform.interfaces.web.CurrentClient;
import mx.parlamentoabierto.platform.interfaces.web.PortalErrors;

/**
 * What the runtime tells about itself is for the people who operate the portal. {@code /metrics} (heap, GC, CPU,
 * pools, request figures) answers only an operator; {@code /health} tells anyone whether each part is up or down, and
 * an operator also the details (the database's address, the search node's state).
 *
 * <p>An operator is an administrator's account (session, HTTP Basic or token), a collector sending
 * {@code Authorization: Bearer} with the token of {@code PARLAMENTO_METRICS_TOKEN}, or a client address in
 * {@code PARLAMENTO_METRICS_ALLOW} (addresses or IPv4 CIDR blocks, e.g. the Prometheus server's). The filter is mapped
 * twice: before authentication ({@code phase=token}) it recognises the collector's token and hides it from the
 * account authentication; after it ({@code phase=decide}) it decides.
 */
public class OperatorEndpointsFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String OPERATOR = "parlamento.operator";

    @Inject
    transient PortalConfiguration configuration;

    private boolean tokenPhase;

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        tokenPhase = "token".equals(config.getInitParameter("phase"));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (tokenPhase) {
            chain.doFilter(collectorToken(request) ? withoutAuthorization(request) : request, response);
            return;
        }
        boolean operator = Boolean.TRUE.equals(request.getAttribute(OPERATOR)) || CurrentCaller.get().has(Role.ADMIN)
                || allowed(CurrentClient.address(), configuration.metricsAllow());
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (operator) {
            response.setHeader("Cache-Control", "no-store");
            chain.doFilter(request, response);
            return;
        }
        if (path.startsWith("/metrics")) {
            if (!CurrentCaller.get().signedIn()) {
                response.setHeader("WWW-Authenticate", "Bearer realm=\"Parlamento Abierto\"");
            }
            PortalErrors.write(request, response, CurrentCaller.get().signedIn() ? 403 : 401,
                    "Las métricas son para quien opera el portal: una cuenta de administración, el token de PARLAMENTO_METRICS_TOKEN "
                            + "o una dirección de PARLAMENTO_METRICS_ALLOW.", null, null);
            return;
        }
        Capture capture = new Capture(response);
        chain.doFilter(request, capture);
        byte[] summary = statusOnly(capture.bytes());
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(summary.length);
        response.getOutputStream().write(summary);
    }

    private boolean collectorToken(HttpServletRequest request) {
        Optional<String> expected = configuration.metricsToken();
        String authorization = request.getHeader("Authorization");
        if (expected.isEmpty() || authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        boolean matches = MessageDigest.isEqual(authorization.substring(7).strip().getBytes(StandardCharsets.UTF_8),
                expected.get().getBytes(StandardCharsets.UTF_8));
        if (matches) {
            request.setAttribute(OPERATOR, Boolean.TRUE);
        }
        return matches;
    }

    private static HttpServletRequest withoutAuthorization(HttpServletRequest request) {
        return new HttpServletRequestWrapper(request) {
            @Override
            public String getHeader(String name) {
                return "Authorization".equalsIgnoreCase(name) ? null : super.getHeader(name);
            }

            @Override
            public Enumeration<String> getHeaders(String name) {
                return "Authorization".equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
            }
        };
    }

    /** True when {@code address} is one of {@code allowed}: an exact address or an IPv4 block ({@code 10.0.0.0/8}). */
    static boolean allowed(String address, List<String> allowed) {
        for (String rule : allowed) {
            int slash = rule.indexOf('/');
            if (slash < 0) {
                if (rule.equals(address)) {
                    return true;
                }
                continue;
            }
            try {
                byte[] net = InetAddress.getByName(rule.substring(0, slash)).getAddress();
                byte[] ip = InetAddress.getByName(address).getAddress();
                int bits = Integer.parseInt(rule.substring(slash + 1));
                if (net.length != 4 || ip.length != 4 || bits < 0 || bits > 32 || !address.matches("[0-9.]+")) {
                    continue;
                }
                int mask = bits == 0 ? 0 : -1 << (32 - bits);
                if ((toInt(net) & mask) == (toInt(ip) & mask)) {
                    return true;
                }
            } catch (UnknownHostException | NumberFormatException e) {
                // a malformed rule matches nothing (the configuration check names it)
            }
        }
        return false;
    }

    private static int toInt(byte[] b) {
        return (b[0] & 0xff) << 24 | (b[1] & 0xff) << 16 | (b[2] & 0xff) << 8 | b[3] & 0xff;
    }

    /** The health answer with each check's name and status only (its data are for operators). */
    static byte[] statusOnly(byte[] health) {
        try {
            JsonObject full = Json.createReader(new StringReader(new String(health, StandardCharsets.UTF_8))).readObject();
            JsonObjectBuilder out = Json.createObjectBuilder().add("status", full.getString("status", "DOWN"));
            JsonArrayBuilder checks = Json.createArrayBuilder();
            for (JsonValue v : full.getJsonArray("checks") == null ? List.<JsonValue>of() : full.getJsonArray("checks")) {
                JsonObject c = v.asJsonObject();
                checks.add(Json.createObjectBuilder().add("name", c.getString("name", "?")).add("status", c.getString("status", "DOWN")));
            }
            return out.add("checks", checks).build().toString().getBytes(StandardCharsets.UTF_8);
        } catch (RuntimeException e) {
            return "{\"status\":\"DOWN\",\"checks\":[]}".getBytes(StandardCharsets.UTF_8);
        }
    }

    /** Keeps what the health endpoint writes, to pass on only its summary. */
    private static final class Capture extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private PrintWriter writer;

        Capture(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            return new BufferedServletOutput(body);
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(new java.io.OutputStreamWriter(body, StandardCharsets.UTF_8));
            }
            return writer;
        }

        @Override
        public void setContentLength(int len) {
            // the summary is shorter: its own length is set
        }

        @Override
        public void setContentLengthLong(long len) {
        }

        @Override
        public void flushBuffer() {
        }

        byte[] bytes() {
            if (writer != null) {
                writer.flush();
            }
            return body.toByteArray();
        }
    }
}
