package mx.parlamentoabierto.document.infrastructure;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** One running worker JVM and its line protocol. Not thread-safe: the pool hands it to one caller at a time. */
final class TikaWorkerProcess {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(TikaWorkerProcess.class.getName());

    static final String END_OF_STREAM = "\u0000EOF";

    private final Process process;
    private final BufferedWriter requests;
    private final BlockingQueue<String> answers = new LinkedBlockingQueue<>();

    private TikaWorkerProcess(Process process) {
        this.process = process;
        this.requests = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    // Only protocol lines are answers. The JVM itself writes to this stream too: with
                    // -XX:+ExitOnOutOfMemoryError it prints "Terminating due to java.lang.OutOfMemoryError" here
                    // before exiting, and that must read as the worker's death, not as an answer.
                    if (mx.parlamentoabierto.tikaprotocol.WorkerAnswer.isAnswer(line)) {
                        answers.add(line);
                    } else {
                        String noise = line;
                        LOG.warning(() -> "Proceso de extracción " + process.pid() + ": " + noise);
                    }
                }
            } catch (IOException e) {
                // the process went away; signalled below
            }
            answers.add(END_OF_STREAM);
        }, "tika-worker-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    static TikaWorkerProcess start(TikaWorkerSettings settings, TikaWorkerSandbox sandbox, Path log) {
        List<String> command = sandbox.command(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + settings.heap(), "-Xss4m", "-XX:+ExitOnOutOfMemoryError", "-XX:+UseSerialGC",
                "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8", "-Djava.io.tmpdir=" + sandbox.home().resolve("tmp"),
                "-cp", sandbox.classpath(), "mx.parlamentoabierto.tikaworker.ExtractionWorker",
                "--write-limit", String.valueOf(settings.writeLimit()),
                "--max-embedded", String.valueOf(settings.maxEmbedded()),
                "--max-depth", String.valueOf(settings.maxDepth()),
                "--max-compression-ratio", String.valueOf(settings.maxCompressionRatio())));
        command = new java.util.ArrayList<>(command);
        command.addAll(settings.ocr().options());
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
            sandbox.configure(builder);
            Process process = builder.start();
            TikaWorkerProcess worker = new TikaWorkerProcess(process);
            String ready = worker.answers.poll(90, TimeUnit.SECONDS);
            if (!new mx.parlamentoabierto.tikaprotocol.WorkerAnswer.Ready().line().equals(ready)) {
                worker.kill();
                throw new IllegalStateException("el proceso de extracción no arrancó (" + (ready == null ? "sin respuesta" : ready)
                        + "); ver " + log);
            }
            return worker;
        } catch (IOException e) {
            throw new IllegalStateException("no se pudo arrancar el proceso de extracción: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrumpido arrancando el proceso de extracción", e);
        }
    }

    /**
     * Sends one request and waits for its answer.
     *
     * @return the answer line, {@link #END_OF_STREAM} if the process died, or null on timeout
     */
    String request(String line, Duration timeout) throws InterruptedException {
        try {
            requests.write(line);
            requests.newLine();
            requests.flush();
        } catch (IOException e) {
            return END_OF_STREAM;
        }
        return answers.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    Integer exitCode() {
        return process.isAlive() ? null : process.exitValue();
    }

    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
