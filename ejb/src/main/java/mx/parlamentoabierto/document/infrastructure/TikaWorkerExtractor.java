package mx.parlamentoabierto.document.infrastructure;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import java.util.stream.Stream;

import mx.parlamentoabierto.document.application.Extraction;
import mx.parlamentoabierto.document.application.Spreadsheet;
import mx.parlamentoabierto.document.application.SpreadsheetReader;
import mx.parlamentoabierto.document.application.TextExtractor;
import mx.parlamentoabierto.document.application.Unpacked;
import mx.parlamentoabierto.tikaprotocol.WorkerAnswer;
import mx.parlamentoabierto.tikaprotocol.WorkerRequest;

/**
 * {@link TextExtractor} and {@link SpreadsheetReader} backed by a pool of Tika worker processes ({@code tika-worker} module). Each worker
 * parses one document at a time with a heap cap; a document that takes longer than the timeout gets its
 * worker killed, the document fails with the reason and the next request starts a fresh worker. A worker
 * that dies (out of memory, crash) is replaced the same way. The portal's JVM never parses a file.
 */
public class TikaWorkerExtractor implements TextExtractor, SpreadsheetReader {

    private static final Logger LOG = Logger.getLogger(TikaWorkerExtractor.class.getName());

    private final TikaWorkerSettings settings;
    private final TikaWorkerSandbox sandbox;
    private final Path workDir;
    private final BlockingQueue<Slot> idle;
    private final List<Slot> slots = new ArrayList<>();
    private final AtomicLong requests = new AtomicLong();

    /** A place in the pool; holds a worker process once one is started. */
    private static final class Slot {
        volatile TikaWorkerProcess process;
    }

    public TikaWorkerExtractor(TikaWorkerSettings settings, Path workDir) {
        this.settings = settings;
        this.sandbox = TikaWorkerSandbox.prepare(settings.classpath(), workDir);
        this.workDir = sandbox.home();
        this.idle = new ArrayBlockingQueue<>(settings.workers());
        for (int i = 0; i < settings.workers(); i++) {
            Slot slot = new Slot();
            slots.add(slot);
            idle.add(slot);
        }
    }

    @Override
    public Extraction extract(Path file) {
        return extraction(WorkerRequest.Command.EXTRACT, file);
    }

    @Override
    public Extraction extractOwnText(Path file) {
        return extraction(WorkerRequest.Command.SHALLOW, file);
    }

    private Extraction extraction(WorkerRequest.Command command, Path file) {
        try {
            return run(command, file, TikaWorkerExtractor::read);
        } catch (Failed e) {
            return Extraction.failure(e.getMessage());
        }
    }

    @Override
    public Unpacked unpack(Path file) {
        try {
            return run(WorkerRequest.Command.UNPACK, file, this::entries);
        } catch (Failed e) {
            return new Unpacked(List.of(), "no se pudo desempacar: " + e.getMessage(), null);
        }
    }

    /** The answer to {@code UNPACK}: the entries moved out of the request's directory (which is removed after). */
    private Unpacked entries(WorkerAnswer.Ok answer, String id, Path out) throws Failed {
        try {
            Path kept = Files.createDirectories(workDir.resolve("u" + id));
            List<Unpacked.Entry> entries = new ArrayList<>();
            for (String line : Files.readAllLines(out.resolve("entries.tsv"), StandardCharsets.UTF_8)) {
                String[] e = line.split("\t", -1);
                if (e.length != 3 || !e[0].matches("\\d+")) {
                    continue;
                }
                Path moved = Files.move(out.resolve(e[0]), kept.resolve(e[0]));
                entries.add(new Unpacked.Entry(e[1], moved, Long.parseLong(e[2])));
            }
            Path cut = out.resolve("cut.txt");
            return new Unpacked(entries, Files.exists(cut) ? Files.readString(cut, StandardCharsets.UTF_8) : null, kept);
        } catch (IOException | NumberFormatException e) {
            LOG.warning("Entradas ilegibles de la petición " + id + ": " + e);
            throw new Failed("no se pudieron leer las entradas desempacadas");
        }
    }

    @Override
    public Spreadsheet read(Path file) {
        try {
            return run(WorkerRequest.Command.CELLS, file, TikaWorkerExtractor::cells);
        } catch (Failed e) {
            throw new SpreadsheetReader.UnreadableException(e.getMessage());
        }
    }

    /** Reads a worker's {@code OK} answer and output directory into a result. */
    private interface AnswerReader<T> {
        T read(WorkerAnswer.Ok answer, String id, Path out) throws Failed;
    }

    /** The {@code OK} answer to request {@code id}; its reason when the worker said {@code FAIL}. */
    private static WorkerAnswer.Ok ok(String line, String id) throws Failed {
        WorkerAnswer answer;
        try {
            answer = WorkerAnswer.parse(line);
        } catch (IllegalArgumentException e) {
            answer = null;
        }
        if (answer instanceof WorkerAnswer.Fail fail && fail.id().equals(id)) {
            throw new Failed(fail.reason());
        }
        if (answer instanceof WorkerAnswer.Ok ok && ok.id().equals(id)) {
            return ok;
        }
        LOG.warning("Respuesta inesperada del proceso de extracción: " + line);
        throw new Failed("el proceso de extracción dio una respuesta inesperada");
    }

    /** Runs one request on a free worker; every failure (timeout, dead worker, bad answer) is a {@link Failed} with the reason. */
    private <T> T run(WorkerRequest.Command command, Path file, AnswerReader<T> reader) throws Failed {
        Slot slot;
        try {
            slot = idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failed("extracción interrumpida");
        }
        String id = String.valueOf(requests.incrementAndGet());
        Path out = workDir.resolve("r" + id);
        Path input = file;
        try {
            String answer;
            try {
                input = sandbox.input(file, id);
                answer = parse(slot, command, input, out, id);
            } catch (IOException e) {
                LOG.warning("No se pudo entregar " + file + " al proceso de extracción: " + e.getMessage());
                throw new Failed("no se pudo preparar el archivo para la extracción");
            } finally {
                // The worker is free as soon as it has answered: reading and removing its output happen while it
                // already parses the next document.
                idle.add(slot);
            }
            return reader.read(ok(answer, id), id, out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failed("extracción interrumpida");
        } catch (RuntimeException e) {
            throw new Failed(e.getMessage());
        } finally {
            sandbox.release(input, file);
            deleteQuietly(out);
        }
    }

    /** Asks the slot's worker (started if needed) to parse the file; a timeout or a dead worker fails with the reason. */
    private String parse(Slot slot, WorkerRequest.Command command, Path file, Path out, String id) throws InterruptedException, Failed {
        if (slot.process == null || !slot.process.isAlive()) {
            slot.process = TikaWorkerProcess.start(settings, sandbox, workDir.resolve("tika-worker.log"));
        }
        String answer = slot.process.request(new WorkerRequest(command, id, file, out).line(), settings.requestTimeout());
        if (answer == null) {
            slot.process.kill();
            slot.process = null;
            LOG.warning(() -> "Extracción de " + file.getFileName() + " superó " + settings.requestTimeout().toSeconds() + " s; proceso reiniciado");
            throw new Failed("tiempo agotado: la extracción superó " + settings.requestTimeout().toSeconds() + " s");
        }
        if (TikaWorkerProcess.END_OF_STREAM.equals(answer)) {
            Integer code = slot.process.exitCode();
            slot.process.kill();
            slot.process = null;
            throw new Failed("el proceso de extracción terminó inesperadamente" + (code == null ? "" : " (código " + code + ")")
                    + "; posible falta de memoria o archivo hostil");
        }
        return answer;
    }

    /** A parse that ended without an answer; the message is the document's failure reason. */
    private static final class Failed extends Exception {
        Failed(String reason) {
            super(reason, null, false, false);
        }
    }

    private static Extraction read(WorkerAnswer.Ok answer, String id, Path out) {
        try {
            String text = Files.readString(out.resolve("text.txt"), StandardCharsets.UTF_8);
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(out.resolve("metadata.properties"), StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            Map<String, String> metadata = new HashMap<>();
            // a field with several values (the speakers of a debate) reads as one text, the values separated by "; "
            properties.stringPropertyNames().forEach(name -> metadata.put(name, String.join("; ", WorkerAnswer.splitValues(properties.getProperty(name)))));
            return Extraction.success(text, metadata, answer.truncated(), answer.extra());
        } catch (IOException | NumberFormatException e) {
            LOG.warning("Resultado ilegible de la extracción " + id + ": " + e);
            return Extraction.failure("no se pudo leer el resultado de la extracción");
        }
    }

    /** The answer to {@code CELLS}: the cells the worker wrote, or the reason it could not. */
    private static Spreadsheet cells(WorkerAnswer.Ok answer, String id, Path out) throws Failed {
        if (answer.truncated()) {
            throw new Failed("la hoja de cálculo pasa de " + answer.count() + " celdas con valor, el máximo que se lee");
        }
        try {
            return Spreadsheet.parse(Files.readAllLines(out.resolve("cells.tsv"), StandardCharsets.UTF_8));
        } catch (IOException | IllegalArgumentException e) {
            LOG.warning("Celdas ilegibles de la petición " + id + ": " + e);
            throw new Failed("no se pudo leer el resultado de la lectura de la hoja de cálculo");
        }
    }

    /** Process ids of the running workers, for operations and health output. */
    public List<Long> workerPids() {
        List<Long> pids = new ArrayList<>();
        for (Slot slot : slots) {
            TikaWorkerProcess p = slot.process;
            if (p != null && p.isAlive()) {
                pids.add(p.pid());
            }
        }
        return pids;
    }

    @Override
    public void close() {
        for (Slot slot : slots) {
            if (slot.process != null) {
                slot.process.kill();
            }
        }
    }

    /**
     * Removes a request's output directory. The worker writes plain files into it ({@code text.txt},
     * {@code metadata.properties}, or an unpacking's numbered entries), so one directory listing is enough; a sorted recursive walk per document
     * was 3 % of the portal's CPU during an import (profile of ./parlamento bench ingest).
     */
    private static void deleteQuietly(Path dir) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    deleteTree(entry);
                } else {
                    Files.deleteIfExists(entry);
                }
            }
            Files.deleteIfExists(dir);
        } catch (NoSuchFileException e) {
            // the worker failed before writing anything
        } catch (IOException e) {
            // a leftover temporary directory is harmless
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
