package mx.parlamentoabierto.searchnode.launcher;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the node comes from and where it lives.
 *
 * @param distribution  Elastic's integration-test distribution zip
 * @param plugin        the project's analysis plugin zip
 * @param home          directory that holds the unpacked node, its data and logs
 * @param httpPort      REST port on 127.0.0.1
 * @param transportPort transport port on 127.0.0.1
 * @param heap          JVM heap for the node, e.g. {@code 512m}
 */
public record SearchNodeOptions(Path distribution, Path plugin, Path home, int httpPort, int transportPort, String heap) {

    public SearchNodeOptions {
        Objects.requireNonNull(distribution, "distribution");
        Objects.requireNonNull(plugin, "plugin");
        Objects.requireNonNull(home, "home");
        if (httpPort < 1 || httpPort > 65535) {
            throw new IllegalArgumentException("http port out of range: " + httpPort);
        }
        if (transportPort < 1 || transportPort > 65535 || transportPort == httpPort) {
            throw new IllegalArgumentException("transport port invalid: " + transportPort);
        }
        if (heap == null || !heap.matches("\\d+[mMgG]")) {
            throw new IllegalArgumentException("heap must look like 512m or 1g, was: " + heap);
        }
        distribution = distribution.toAbsolutePath().normalize();
        plugin = plugin.toAbsolutePath().normalize();
        home = home.toAbsolutePath().normalize();
    }

    public String url() {
        return "http://127.0.0.1:" + httpPort;
    }
}
