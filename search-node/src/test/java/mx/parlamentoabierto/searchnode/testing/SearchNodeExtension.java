package mx.parlamentoabierto.searchnode.testing;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import mx.parlamentoabierto.searchnode.launcher.SearchNode;
import mx.parlamentoabierto.searchnode.launcher.SearchNodeOptions;

/**
 * Gives integration tests a real Elasticsearch node: the one {@code ./parlamento test} started (reused when
 * healthy at {@code parlamento.test.es.url}), or one this extension starts through the project's launcher
 * and stops when the test JVM exits. One node per test run, started once.
 *
 * <p>Register it before Arquillian's extension so the node is up before the portal deploys.
 */
public class SearchNodeExtension implements BeforeAllCallback {

    private static SearchNode node;

    @Override
    public void beforeAll(ExtensionContext context) {
        url();
    }

    /** The node's URL, starting the node first if nothing healthy answers there. */
    public static synchronized String url() {
        if (node == null) {
            SearchNodeOptions options = new SearchNodeOptions(
                    Path.of(required("parlamento.test.es.distribution")),
                    Path.of(required("parlamento.test.es.plugin")),
                    Path.of(required("parlamento.test.es.home")),
                    Integer.parseInt(required("parlamento.test.es.http-port")),
                    Integer.parseInt(required("parlamento.test.es.transport-port")),
                    "512m");
            SearchNode candidate = new SearchNode(options);
            if (candidate.start(Duration.ofMinutes(3))) {
                Runtime.getRuntime().addShutdownHook(new Thread(candidate::stop, "stop-test-search-node"));
            }
            node = candidate;
        }
        return node.url();
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property
                    + " is not set: run the integration tests through Maven (failsafe sets it) or ./parlamento test");
        }
        return value;
    }
}
