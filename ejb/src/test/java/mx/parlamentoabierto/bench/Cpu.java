package mx.parlamentoabierto.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

import mx.parlamentoabierto.document.infrastructure.TikaWorkerExtractor;

/**
 * CPU seconds used so far by the benchmark's own JVM (which plays the portal), the Tika worker processes and
 * the Elasticsearch node (its process id comes from the node info; the node's own CPU statistic is refreshed
 * only once a second, too coarse for these measurements). A worker restarted during a measurement takes its CPU with it,
 * so the Tika figure is a lower bound when a document crashed or timed out a worker.
 */
record Cpu(double portal, double tika, double elasticsearch, double portalJit, double tikaJit, double elasticsearchJit) {

    Cpu minus(Cpu before) {
        return new Cpu(portal - before.portal, tika - before.tika, elasticsearch - before.elasticsearch, portalJit - before.portalJit,
                tikaJit - before.tikaJit, elasticsearchJit - before.elasticsearchJit);
    }

    /** The compiler threads' part of the CPU of the three processes. */
    double compilerShare() {
        double total = portal + tika + elasticsearch;
        return total <= 0 ? 0 : (portalJit + tikaJit + elasticsearchJit) / total;
    }

    void print(int documents) {
        System.out.printf(Locale.ROOT, "  CPU: Tika %.2f s · Elasticsearch %.2f s · este proceso (el portal) %.2f s"
                + " → %.1f / %.1f / %.1f ms por documento%n", tika, elasticsearch, portal,
                1e3 * tika / documents, 1e3 * elasticsearch / documents, 1e3 * portal / documents);
        System.out.printf(Locale.ROOT, "    de ellos, compiladores JIT: Tika %.2f s · Elasticsearch %.2f s · portal %.2f s%n", tikaJit, elasticsearchJit,
                portalJit);
    }

    static final class Meter {
        /** USER_HZ: the unit of /proc's CPU times, 100 on every Linux architecture the JDK runs on. */
        private static final int CLOCK_TICKS = 100;

        private final TikaWorkerExtractor extractor;
        private final ProcessHandle elasticsearch;

        Meter(TikaWorkerExtractor extractor, String esUrl) throws IOException, InterruptedException {
            this.extractor = extractor;
            Iterator<JsonNode> nodes = NodeApi.get(esUrl, "/_nodes/_local/process").path("nodes").elements();
            long pid = nodes.hasNext() ? nodes.next().path("process").path("id").asLong(-1) : -1;
            this.elasticsearch = ProcessHandle.of(pid).orElse(null);
        }

        /**
         * CPU seconds of a process's JIT compiler threads (HotSpot names them "C1 CompilerThreadN" and
         * "C2 CompilerThreadN"; Linux keeps the first 15 characters), read from /proc; 0 where it cannot be read.
         */
        static double compilerSeconds(long pid) {
            double seconds = 0;
            try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc", String.valueOf(pid), "task"))) {
                for (Path task : tasks) {
                    String stat;
                    try {
                        stat = Files.readString(task.resolve("stat"));
                    } catch (IOException e) {
                        continue; // the thread ended
                    }
                    int open = stat.indexOf('(');
                    int close = stat.lastIndexOf(')');
                    String name = stat.substring(open + 1, close);
                    if (name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre")) {
                        String[] fields = stat.substring(close + 2).split(" ");
                        // fields[0] is the state (field 3 of stat); utime and stime are fields 14 and 15
                        seconds += (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / (double) CLOCK_TICKS;
                    }
                }
            } catch (IOException | RuntimeException e) {
                return 0;
            }
            return seconds;
        }

        private static double cpuSeconds(ProcessHandle process) {
            return process == null ? Double.NaN
                    : process.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
        }

        Cpu now() {
            double portal = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
            double tika = 0;
            double tikaJit = 0;
            for (long pid : extractor.workerPids()) {
                tika += ProcessHandle.of(pid).map(Meter::cpuSeconds).orElse(0.0);
                tikaJit += compilerSeconds(pid);
            }
            return new Cpu(portal, tika, cpuSeconds(elasticsearch), compilerSeconds(ProcessHandle.current().pid()), tikaJit,
                    elasticsearch == null ? 0 : compilerSeconds(elasticsearch.pid()));
        }
    }
}
