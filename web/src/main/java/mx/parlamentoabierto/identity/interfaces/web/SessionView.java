package mx.parlamentoabierto.identity.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import mx.parlamentoabierto.identity.domain.Caller;
import mx.parlamentoabierto.identity.domain.Role;

/** The signed-in account as pages see it ({@code #{sesion…}}): name, roles, and the CSRF token every form carries. */
@Named("sesion")
@RequestScoped
public class SessionView {

    @jakarta.inject.Inject
    mx.parlamentoabierto.platform.config.PortalConfiguration configuration;

    public Caller getCaller() {
        return CurrentCaller.get();
    }

    public boolean isSignedIn() {
        return CurrentCaller.get().signedIn();
    }

    public String getName() {
        return CurrentCaller.get().name();
    }

    /** The account's roles as people read them. */
    public String getRoleNames() {
        return String.join(", ", CurrentCaller.get().roles().stream().map(r -> switch (r) {
            case ADMIN -> "administración";
            case COORDINATOR -> "coordinación";
            case EVALUATOR -> "evaluación";
            case REVIEWER -> "revisión";
            case STAFF -> "personal de " + CurrentCaller.get().legislatureId();
            case API_USER -> "uso de la API";
        }).sorted().toList());
    }

    public boolean has(String role) {
        return Role.fromName(role).map(CurrentCaller.get()::has).orElse(false);
    }

    public boolean isAdmin() {
        return has("admin");
    }

    public boolean isCoordinator() {
        return has("coordinator");
    }

    /**
     * The session's CSRF token; before sign-in, the token of the browser's pre-session cookie (set now if missing), which
     * only pages with a form ask for — the other public pages stay cookieless and sessionless.
     */
    public String getCsrfToken() {
        jakarta.faces.context.ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        return SignedInSession.csrfToken(request).orElseGet(() -> SignedInSession.preSessionToken(request,
                (jakarta.servlet.http.HttpServletResponse) external.getResponse(), configuration.publicUrl().filter(u -> u.startsWith("https://")).isPresent()));
    }

    /**
     * The nonce of this response's scripts (PrimeFaces' CSP mode). Every form carries it back, so that a form posted
     * without PrimeFaces' scripts on the page (a plain submit) still proves it came from this very page.
     */
    public String getScriptNonce() {
        return org.primefaces.context.PrimeFacesContext.getCspState(FacesContext.getCurrentInstance()).getNonce();
    }

    public String getScriptNonceField() {
        return org.primefaces.util.Constants.RequestParams.NONCE_PARAM;
    }

    public String getCsrfField() {
        return SignedInSession.CSRF_FIELD;
    }
}
