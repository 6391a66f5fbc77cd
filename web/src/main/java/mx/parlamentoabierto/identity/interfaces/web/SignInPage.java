package mx.parlamentoabierto.identity.interfaces.web;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import mx.parlamentoabierto.identity.application.Accounts;
import mx.parlamentoabierto.platform.interfaces.web.CurrentClient;
import mx.parlamentoabierto.platform.interfaces.web.LocalPath;

/**
 * The sign-in form ({@code /entrar.xhtml}). A success starts a new session (new id, new CSRF token) and goes back
 * to the page that asked for it (a path of this portal only, never another site); a failure says only that name or
 * password is wrong, or how long to wait when attempts are throttled.
 */
@Named
@RequestScoped
public class SignInPage {

    @Inject
    Accounts accounts;

    private String name;
    private String password;
    private String back;

    public String signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        Accounts.SignIn result = accounts.signIn(name == null ? "" : name.strip(), password == null ? "" : password, CurrentClient.address());
        password = null;
        if (result.accepted()) {
            ExternalContext external = faces.getExternalContext();
            SignedInSession.start((HttpServletRequest) external.getRequest(), result.account().id());
            external.redirect(external.getRequestContextPath() + safeBack(back));
            return null;
        }
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, result.refusal(), null));
        faces.getExternalContext().setResponseStatus(result.httpStatus());
        if (result.retryAfter() != null) {
            faces.getExternalContext().setResponseHeader("Retry-After", String.valueOf(result.retryAfterSeconds()));
        }
        return null;
    }

    /** A path of this portal to return to ({@link LocalPath}); anything else, or the sign-in page itself, goes to "my work". */
    static String safeBack(String back) {
        return LocalPath.of(back).filter(p -> p.length() <= 500 && !p.startsWith("/entrar")).orElse("/trabajo/index.xhtml");
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getBack() { return back; }
    public void setBack(String back) { this.back = back; }
}
