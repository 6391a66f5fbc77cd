package mx.parlamentoabierto.identity.interfaces.rest;

import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import mx.parlamentoabierto.identity.application.Accounts;
import mx.parlamentoabierto.identity.domain.Account;
import mx.parlamentoabierto.identity.domain.Role;
import mx.parlamentoabierto.identity.interfaces.web.CurrentCaller;
import mx.parlamentoabierto.platform.InvalidInputException;

/** Accounts, for administrators: create one (its generated password is in this answer and nowhere else) and list them. */
@Path("users")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RequestScoped
public class UserResource {

    public record NewUser(String name, String displayName, List<String> roles, String legislature) {
    }

    public record UserView(long id, String name, String displayName, List<String> roles, String legislature, boolean active,
            String createdAt) {
        static UserView of(Account a) {
            return new UserView(a.id(), a.name(), a.displayName(), a.roles().stream().map(Role::jsonName).sorted().toList(),
                    a.legislatureId().orElse(null), a.active(), a.createdAt().toString());
        }
    }

    public record CreatedUser(UserView user, String password) {
    }

    public record UserChange(List<String> roles, String legislature, Boolean active) {
    }

    @Inject
    Accounts accounts;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Crea una cuenta (administración): name, roles (admin, coordinator, evaluator, reviewer, staff), legislature para staff; "
            + "responde con la contraseña generada una sola vez")
    public Response create(NewUser input) {
        if (input == null) {
            throw new InvalidInputException("name", "Se espera un objeto JSON con name y roles.");
        }
        Set<Role> roles = roles(input.roles());
        Accounts.Created created = accounts.create(CurrentCaller.get(), input.name(), input.displayName(), roles, input.legislature());
        return Response.created(URI.create("/api/users/" + created.account().id()))
                .header("Cache-Control", "no-store").entity(new CreatedUser(UserView.of(created.account()), created.password())).build();
    }

    private static Set<Role> roles(List<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names == null ? List.<String>of() : names) {
            roles.add(Role.fromName(name).orElseThrow(() -> new InvalidInputException("roles",
                    "Rol desconocido '" + name + "' (válidos: " + Role.validNames() + ").")));
        }
        return roles;
    }

    @PUT
    @Path("{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cambia los roles, la legislatura (staff) y si la cuenta puede entrar (administración): { roles, legislature, active }")
    public UserView update(@PathParam("name") String name, UserChange input) {
        if (input == null || input.roles() == null || input.active() == null) {
            throw new InvalidInputException("roles", "Se espera un objeto JSON con roles y active (y legislature para staff).");
        }
        return UserView.of(accounts.update(CurrentCaller.get(), name, roles(input.roles()), input.legislature(), input.active()));
    }

    @GET
    @Operation(summary = "Todas las cuentas (administración)")
    public List<UserView> all() {
        return accounts.all(CurrentCaller.get()).stream().map(UserView::of).toList();
    }
}
