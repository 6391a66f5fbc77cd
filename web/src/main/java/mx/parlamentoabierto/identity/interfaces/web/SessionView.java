package mx.parlamentoabierto.identity.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import mx.parlamentoabierto.identity.domain.Caller;
import mx.parlamentoabierto.identity.domain.Role;
import mx.parlamentoabierto.platform.interfaces.web.CurrentCaller;
import mx.parlamentoabierto.platform.interfaces.web.SignedInSession;

/** The signed-in account as pages see it ({@code #{sesion…}}): name, roles, and the CSRF token every form carries. */
@Named("sesion")
@RequestScoped
public class SessionView {

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

    /** The session's CSRF token, or empty when there is no signed-in session (public pages stay sessionless). */
    public String getCsrfToken() {
        return SignedInSession.csrfToken((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest()).orElse("");
    }

    public String getCsrfField() {
        return SignedInSession.CSRF_FIELD;
    }
}
