package mx.parlamentoabierto.identity.interfaces.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import mx.parlamentoabierto.identity.application.Accounts;
import mx.parlamentoabierto.identity.domain.Account;
import mx.parlamentoabierto.identity.domain.Caller;
import mx.parlamentoabierto.identity.interfaces.web.CurrentCaller;
import mx.parlamentoabierto.platform.interfaces.web.CurrentClient;
import mx.parlamentoabierto.platform.interfaces.web.PortalErrors;

/**
 * Who is calling, for every request: a signed-in session, HTTP Basic, a personal API token
 * ({@code Authorization: Bearer pa_…}), or the anonymous public. The account is read on every request, so a
 * deactivated account or a changed role counts at once.
 *
 * <p>It also guards against cross-site requests: a state-changing request (anything but GET, HEAD, OPTIONS) made
 * with a session must carry the session's CSRF token ({@code _csrf} form field or {@code X-CSRF-Token} header); one
 * made with HTTP Basic, which browsers resend by themselves, must carry {@code X-Requested-By}. A bearer token is
 * never sent by a browser on its own and needs neither. Wrong credentials answer 401 (or 429 while throttled) before
 * anything else runs.
 */
public class AuthenticationFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    public static final String REQUESTED_BY = "X-Requested-By";
    public static final String CHALLENGE = "Basic realm=\"Parlamento Abierto\", charset=\"UTF-8\"";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    transient Accounts accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        String address = CurrentClient.address();
        String authorization = request.getHeader("Authorization");
        Caller caller;
        boolean unsafe = !SAFE.contains(request.getMethod());
        if (authorization != null && !authorization.isBlank()) {
            Optional<Caller> resolved = fromHeader(authorization, address, request, response);
            if (resolved.isEmpty()) {
                return; // answered
            }
            caller = resolved.get();
            if (unsafe && isBasic(authorization) && blank(request.getHeader(REQUESTED_BY))) {
                PortalErrors.write(request, response, 403, "Falta la cabecera " + REQUESTED_BY
                        + " (protección contra CSRF: las solicitudes que cambian algo con HTTP Basic la llevan).", null, null);
                return;
            }
        } else {
            HttpSession session = request.getSession(false);
            Optional<Account> account = SignedInSession.accountId(session).flatMap(accounts::find);
            if (session != null && SignedInSession.accountId(session).isPresent() && account.isEmpty()) {
                session.invalidate(); // deactivated meanwhile
            }
            caller = account.map(a -> Caller.of(a, address)).orElse(Caller.anonymous(address));
            if (unsafe && account.isPresent() && !csrfTokenMatches(request, SignedInSession.csrfToken(request))) {
                PortalErrors.write(request, response, 403, "Falta el token CSRF de la sesión o no corresponde; vuelva a cargar la página.", null, null);
                return;
            }
            if (unsafe && account.isEmpty() && !PortalErrors.isApi(request)
                    && !csrfTokenMatches(request, SignedInSession.preSessionCookie(request))) {
                // a form posted before sign-in (the sign-in form) comes from a page of this portal or not at all
                PortalErrors.write(request, response, 403, "El formulario no viene de una página de este portal o caducó; vuelva a cargar la página.",
                        null, null);
                return;
            }
        }
        CurrentCaller.set(caller);
        try {
            chain.doFilter(request, response);
        } finally {
            CurrentCaller.clear();
        }
    }

    private Optional<Caller> fromHeader(String authorization, String address, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<Account> account = accounts.byToken(authorization.substring(7).strip());
            if (account.isEmpty()) {
                response.setHeader("WWW-Authenticate", "Bearer realm=\"Parlamento Abierto\", error=\"invalid_token\"");
                PortalErrors.write(request, response, 401, "El token no es válido o fue revocado.", null, null);
                return Optional.empty();
            }
            return Optional.of(Caller.of(account.get(), address));
        }
        if (isBasic(authorization) && authorization.length() <= 1024) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                decoded = null;
            }
            if (decoded != null) {
                int colon = decoded.indexOf(':');
                String name = colon < 0 ? decoded : decoded.substring(0, colon);
                String password = colon < 0 ? "" : decoded.substring(colon + 1);
                Accounts.SignIn result = accounts.signIn(name, password, address);
                switch (result.outcome()) {
                    case ACCEPTED -> {
                        return Optional.of(Caller.of(result.account(), address));
                    }
                    case THROTTLED, BUSY, LOCKED -> {
                        PortalErrors.write(request, response, result.httpStatus(), result.refusal(), result.retryAfter(), null);
                        return Optional.empty();
                    }
                    default -> { }
                }
            }
        }
        response.setHeader("WWW-Authenticate", CHALLENGE);
        PortalErrors.write(request, response, 401, "Usuario o contraseña incorrectos (HTTP Basic) o cabecera Authorization no válida.", null, null);
        return Optional.empty();
    }

    private static boolean csrfTokenMatches(HttpServletRequest request, Optional<String> expected) {
        if (expected.isEmpty()) {
            return false;
        }
        String given = request.getHeader(SignedInSession.CSRF_HEADER);
        String type = request.getContentType();
        if (given == null && type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            given = request.getParameter(SignedInSession.CSRF_FIELD);
        }
        return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.get().getBytes(StandardCharsets.UTF_8));
    }

    private static boolean isBasic(String authorization) {
        return authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
