package mx.parlamentoabierto.searchnode.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Command line: {@code start | stop | status} with {@code --distribution --plugin --home --http-port
 * --transport-port --heap}. Options default to the environment variables {@code PARLAMENTO_ES_*}.
 */
public final class SearchNodeCommand {

    private SearchNodeCommand() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            usage();
            System.exit(2);
        }
        Map<String, String> flags = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                System.err.println("Opción inválida: " + args[i]);
                usage();
                System.exit(2);
            }
            flags.put(args[i].substring(2), args[++i]);
        }
        try {
            SearchNodeOptions options = new SearchNodeOptions(
                    Path.of(value(flags, "distribution", "PARLAMENTO_ES_DISTRIBUTION", null)),
                    Path.of(value(flags, "plugin", "PARLAMENTO_ES_PLUGIN", null)),
                    Path.of(value(flags, "home", "PARLAMENTO_ES_HOME", "data/elasticsearch")),
                    Integer.parseInt(value(flags, "http-port", "PARLAMENTO_ES_HTTP_PORT", "9200")),
                    Integer.parseInt(value(flags, "transport-port", "PARLAMENTO_ES_TRANSPORT_PORT", "9300")),
                    value(flags, "heap", "PARLAMENTO_ES_HEAP", "512m"));
            SearchNode node = new SearchNode(options);
            switch (args[0]) {
                case "start" -> {
                    long begin = System.nanoTime();
                    boolean started = node.start(Duration.ofSeconds(Long.parseLong(value(flags, "timeout", "PARLAMENTO_ES_TIMEOUT", "180"))));
                    System.out.printf("Elasticsearch %s en %s (%.1f s, datos en %s)%n", started ? "iniciado" : "ya estaba en marcha",
                            node.url(), (System.nanoTime() - begin) / 1e9, node.home());
                }
                case "stop" -> {
                    node.stop();
                    System.out.println("Elasticsearch detenido");
                }
                case "status" -> {
                    boolean healthy = node.isOurNodeHealthy();
                    System.out.println(healthy ? "sano en " + node.url() : "no responde en " + node.url());
                    System.exit(healthy ? 0 : 1);
                }
                case "pid" -> System.out.println(node.nodeProcess().map(p -> String.valueOf(p.pid())).orElse(""));
                default -> {
                    usage();
                    System.exit(2);
                }
            }
        } catch (SearchNodeException | IllegalArgumentException | NullPointerException e) {
            System.err.println("Error del nodo de búsqueda: " + e.getMessage());
            System.exit(1);
        }
    }

    private static String value(Map<String, String> flags, String flag, String env, String fallback) {
        String v = flags.get(flag);
        if (v == null) {
            v = System.getenv(env);
        }
        if (v == null || v.isBlank()) {
            if (fallback == null) {
                throw new IllegalArgumentException("falta --" + flag + " (o " + env + ")");
            }
            return fallback;
        }
        return v;
    }

    private static void usage() {
        System.err.println("uso: SearchNodeCommand start|stop|status|pid --distribution ZIP --plugin ZIP [--home DIR]"
                + " [--http-port N] [--transport-port N] [--heap 512m] [--timeout SEGUNDOS]");
    }
}
