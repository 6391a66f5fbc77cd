package mx.parlamentoabierto.tikaprotocol;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/** One request to a worker: what to do with which file, and the directory the worker writes its outputs to. */
public record WorkerRequest(Command command, String id, Path input, Path output) {

    /** What a worker can do. */
    public enum Command {
        /** Text and metadata of the file and of every document embedded in it. */
        EXTRACT,
        /** Text and metadata of the file itself only (a container whose entries are unpacked separately). */
        SHALLOW,
        /** The entries of an archive or mailbox written to the output directory, listed in {@code entries.tsv}. */
        UNPACK,
        /** The cells of a spreadsheet with a value, written to the output directory. */
        CELLS
    }

    public WorkerRequest {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(output, "output");
        if (id == null || !id.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new IllegalArgumentException("a request id is 1-64 letters, digits, '-' or '_': " + id);
        }
    }

    /** The line the portal writes. */
    public String line() {
        return command + "\t" + id + "\t" + input.toAbsolutePath() + "\t" + output.toAbsolutePath();
    }

    /** The request a worker reads, or empty for a line that is not one (answered with {@link WorkerAnswer#malformed()}). */
    public static Optional<WorkerRequest> parse(String line) {
        if (line == null) {
            return Optional.empty();
        }
        String[] parts = line.split("\t", -1);
        if (parts.length != 4) {
            return Optional.empty();
        }
        try {
            return Optional.of(new WorkerRequest(Command.valueOf(parts[0]), parts[1], Path.of(parts[2]), Path.of(parts[3])));
        } catch (IllegalArgumentException e) { // an unknown command, a bad id, a path the system refuses
            return Optional.empty();
        }
    }
}
