package mx.parlamentoabierto.identity.interfaces.cli;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ./parlamento users add <name> --role <role>… [--legislature <id>] [--display-name <text>]}: asks the
 * running portal to create the account (as the administrator, PARLAMENTO_ADMIN_PASSWORD) and prints the generated
 * password, which is shown this once. Runs from its source file with the JDK only.
 */
public final class UsersCommand {

    private static final Pattern PASSWORD = Pattern.compile("\"password\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern DETAIL = Pattern.compile("\"detail\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    private UsersCommand() {
    }

    public static void main(String[] args) throws Exception {
        String base = "http://localhost:8080";
        String name = null;
        String legislature = null;
        String displayName = null;
        List<String> roles = new ArrayList<>();
        if (args.length == 0 || !"add".equals(args[0])) {
            usage();
        }
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--role" -> {
                    while (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                        roles.add(args[++i]);
                    }
                }
                case "--legislature" -> legislature = value(args, ++i);
                case "--display-name" -> displayName = value(args, ++i);
                case "--url" -> base = value(args, ++i).replaceAll("/$", "");
                default -> {
                    if (args[i].startsWith("--") || name != null) {
                        usage();
                    }
                    name = args[i];
                }
            }
        }
        if (name == null || roles.isEmpty()) {
            usage();
        }
        String password = System.getenv("PARLAMENTO_ADMIN_PASSWORD");
        if (password == null || password.isBlank()) {
            System.err.println("falta PARLAMENTO_ADMIN_PASSWORD (la contraseña de la cuenta admin)");
            System.exit(2);
        }
        StringBuilder json = new StringBuilder("{\"name\":").append(quote(name)).append(",\"roles\":[");
        for (int i = 0; i < roles.size(); i++) {
            json.append(i == 0 ? "" : ",").append(quote(roles.get(i)));
        }
        json.append(']');
        if (legislature != null) {
            json.append(",\"legislature\":").append(quote(legislature));
        }
        if (displayName != null) {
            json.append(",\"displayName\":").append(quote(displayName));
        }
        json.append('}');
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/users")).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("X-Requested-By", "parlamento-cli")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(json.toString())).build();
        HttpResponse<String> response;
        try {
            response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            System.err.println("no se pudo contactar el portal en " + base + " (¿está en marcha? ./parlamento run): " + e.getMessage());
            System.exit(1);
            return;
        }
        if (response.statusCode() != 201) {
            Matcher detail = DETAIL.matcher(response.body());
            System.err.println("el portal rechazó la cuenta (" + response.statusCode() + "): " + (detail.find() ? detail.group(1) : response.body()));
            System.exit(1);
        }
        Matcher m = PASSWORD.matcher(response.body());
        System.out.println("cuenta creada: " + name + " (" + String.join(", ", roles) + (legislature == null ? "" : ", " + legislature) + ")");
        System.out.println("contraseña (se muestra solo esta vez): " + (m.find() ? m.group(1) : "?"));
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            usage();
        }
        return args[i];
    }

    private static String quote(String s) {
        StringBuilder q = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        q.append(String.format("\\u%04x", (int) c));
                    } else {
                        q.append(c);
                    }
                }
            }
        }
        return q.append('"').toString();
    }

    private static void usage() {
        System.err.println("uso: ./parlamento users add <usuario> --role <admin|coordinator|evaluator|reviewer|staff>… [--legislature <id>] [--display-name <texto>]");
        System.exit(2);
    }
}
