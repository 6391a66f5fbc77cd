package mx.parlamentoabierto.identity.interfaces.rest;

import java.net.URI;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import mx.parlamentoabierto.identity.application.Accounts;
import mx.parlamentoabierto.identity.application.ApiTokens;
import mx.parlamentoabierto.identity.domain.ApiToken;
import mx.parlamentoabierto.identity.domain.Caller;
import mx.parlamentoabierto.identity.domain.Role;
import mx.parlamentoabierto.identity.interfaces.web.CurrentCaller;
import mx.parlamentoabierto.platform.InvalidInputException;

/** The caller's own account and personal API tokens (created and revoked by their owner only). */
@Path("me")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RequestScoped
public class MeResource {

    public record MeView(String name, List<String> roles, String legislature) {
    }

    public record NewToken(String label) {
    }

    public record PasswordChange(String current, String password) {
    }

    public record TokenView(long id, String label, String prefix, String createdAt, String revokedAt, boolean active) {
        static TokenView of(ApiToken t) {
            return new TokenView(t.id(), t.label(), t.tokenPrefix(), t.createdAt().toString(),
                    t.revokedAt().map(Object::toString).orElse(null), t.active());
        }
    }

    public record IssuedToken(TokenView token, String secret) {
    }

    @Inject
    Accounts accounts;
    @Inject
    ApiTokens apiTokens;

    @GET
    @Operation(summary = "Quién llama: nombre, roles y legislatura (staff)")
    public MeView me() {
        Caller caller = CurrentCaller.get();
        Accounts.requireSignedIn(caller);
        return new MeView(caller.name(), caller.roles().stream().map(Role::jsonName).sorted().toList(), caller.legislatureId());
    }

    @POST
    @Path("password")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cambia la contraseña propia: { current, password } (al menos 12 caracteres, fuera de la lista de contraseñas comunes)")
    public Response changePassword(PasswordChange input) {
        if (input == null) {
            throw new InvalidInputException("password", "Se espera un objeto JSON con current y password.");
        }
        accounts.changePassword(CurrentCaller.get(), input.current(), input.password());
        return Response.noContent().build();
    }

    @GET
    @Path("tokens")
    @Operation(summary = "Los tokens de API de la cuenta (sin el secreto)")
    public List<TokenView> tokens() {
        return apiTokens.of(CurrentCaller.get()).stream().map(TokenView::of).toList();
    }

    @POST
    @Path("tokens")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Crea un token personal (Authorization: Bearer …); el secreto se muestra solo en esta respuesta")
    public Response issue(NewToken input) {
        if (input == null) {
            throw new InvalidInputException("label", "Se espera un objeto JSON con label.");
        }
        ApiTokens.IssuedToken issued = apiTokens.issue(CurrentCaller.get(), input.label());
        return Response.created(URI.create("/api/me/tokens/" + issued.token().id())).header("Cache-Control", "no-store")
                .entity(new IssuedToken(TokenView.of(issued.token()), issued.secret())).build();
    }

    @DELETE
    @Path("tokens/{id}")
    @Operation(summary = "Revoca un token propio")
    public Response revoke(@PathParam("id") long id) {
        apiTokens.revoke(CurrentCaller.get(), id);
        return Response.noContent().build();
    }
}
