package mx.parlamentoabierto.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import mx.parlamentoabierto.document.infrastructure.TikaWorkerExtractor;

/**
 * CPU seconds used so far by the benchmark's own JVM (which plays the portal), the Tika worker processes and
 * the Elasticsearch node (its process id comes from the node info; the node's own CPU statistic is refreshed
 * only once a second, too coarse for these measurements). A worker restarted during a measurement takes its CPU with it,
 * so the Tika figure is a lower bound when a document crashed or timed out a worker.
 */
record Cpu(double portal, double tika, double elasticsearch) {

    Cpu minus(Cpu before) {
        return new Cpu(portal - before.portal, tika - before.tika, elasticsearch - before.elasticsearch);
    }

    void print(int documents) {
        System.out.printf(Locale.ROOT, "  CPU: Tika %.2f s · Elasticsearch %.2f s · este proceso (el portal) %.2f s"
                + " → %.1f / %.1f / %.1f ms por documento%n", tika, elasticsearch, portal,
                1e3 * tika / documents, 1e3 * elasticsearch / documents, 1e3 * portal / documents);
    }

    static final class Meter {
        private final TikaWorkerExtractor extractor;
        private final ProcessHandle elasticsearch;

        Meter(TikaWorkerExtractor extractor, String esUrl) throws IOException, InterruptedException {
            this.extractor = extractor;
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(esUrl + "/_nodes/_local/process"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            Iterator<JsonNode> nodes = new ObjectMapper().readTree(response.body()).path("nodes").elements();
            long pid = nodes.hasNext() ? nodes.next().path("process").path("id").asLong(-1) : -1;
            this.elasticsearch = ProcessHandle.of(pid).orElse(null);
        }

        private static double cpuSeconds(ProcessHandle process) {
            return process == null ? Double.NaN
                    : process.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
        }

        Cpu now() {
            double portal = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
            double tika = 0;
            for (long pid : extractor.workerPids()) {
                tika += ProcessHandle.of(pid).map(Meter::cpuSeconds).orElse(0.0);
            }
            return new Cpu(portal, tika, cpuSeconds(elasticsearch));
        }
    }
}
