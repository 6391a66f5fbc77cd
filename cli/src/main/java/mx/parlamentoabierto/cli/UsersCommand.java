package mx.parlamentoabierto.cli;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code users add <name> --role <role>… [--legislature <id>] [--display-name <text>]}: the running portal creates the
 * account (asked as the administrator) and the generated password is printed, this once.
 */
final class UsersCommand {

    private UsersCommand() {
    }

    static int run(List<String> args) throws IOException, InterruptedException {
        if (args.isEmpty() || !args.get(0).equals("add")) {
            throw new UsageException("users: la única orden es add");
        }
        String name = null;
        String legislature = null;
        String displayName = null;
        String url = "http://localhost:8080";
        List<String> roles = new ArrayList<>();
        for (int i = 1; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--role" -> {
                    while (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                        roles.add(args.get(++i));
                    }
                }
                case "--legislature" -> legislature = value(args, ++i);
                case "--display-name" -> displayName = value(args, ++i);
                case "--url" -> url = value(args, ++i);
                default -> {
                    if (args.get(i).startsWith("--") || name != null) {
                        throw new UsageException("users add: no se entiende '" + args.get(i) + "'");
                    }
                    name = args.get(i);
                }
            }
        }
        if (name == null || roles.isEmpty()) {
            throw new UsageException("users add: hacen falta el usuario y al menos un --role");
        }
        ObjectNode account = PortalHttp.JSON.createObjectNode().put("name", name);
        roles.forEach(account.putArray("roles")::add);
        if (legislature != null) {
            account.put("legislature", legislature);
        }
        if (displayName != null) {
            account.put("displayName", displayName);
        }
        HttpResponse<String> response = PortalHttp.asAdministrator(url).postJson("/api/users", account);
        if (response.statusCode() != 201) {
            System.err.println("el portal rechazó la cuenta (" + PortalHttp.problem(response) + ")");
            return 1;
        }
        System.out.println("cuenta creada: " + name + " (" + String.join(", ", roles) + (legislature == null ? "" : ", " + legislature) + ")");
        System.out.println("contraseña (se muestra solo esta vez): " + PortalHttp.json(response).path("password").asText("?"));
        return 0;
    }

    private static String value(List<String> args, int i) {
        if (i >= args.size()) {
            throw new UsageException("falta el valor de " + args.get(i - 1));
        }
        return args.get(i);
    }
}
