package mx.parlamentoabierto.tikaprotocol;

import java.util.Objects;

/**
 * What a worker answers: {@link Ready} once when it has started, then {@link Ok} or {@link Fail} for each request, in
 * order. Anything else on the worker's output (the JVM's own last words when it runs out of memory) is not an answer.
 */
public sealed interface WorkerAnswer permits WorkerAnswer.Ready, WorkerAnswer.Ok, WorkerAnswer.Fail {

    /** The longest failure reason carried; a document's failure reason is shown to people, not a stack trace. */
    int MAX_REASON = 500;
    /** Between the values of one metadata field that has several (the speakers of a debate). */
    char MULTI_VALUE = '\u001f';

    String line();

    /** The worker is ready for requests. */
    record Ready() implements WorkerAnswer {
        @Override
        public String line() {
            return "READY";
        }
    }

    /**
     * Done: {@code count} is what was written (characters of text, entries, cells), {@code truncated} whether a limit
     * cut it, {@code extra} the embedded documents read (EXTRACT) or sheets (CELLS).
     */
    record Ok(String id, long count, boolean truncated, int extra) implements WorkerAnswer {
        public Ok {
            Objects.requireNonNull(id);
        }

        @Override
        public String line() {
            return "OK\t" + id + "\t" + count + "\t" + truncated + "\t" + extra;
        }
    }

    /** Could not be done, and why, in words for people; tabs and line breaks become spaces and it is cut at {@value #MAX_REASON}. */
    record Fail(String id, String reason) implements WorkerAnswer {
        public Fail {
            Objects.requireNonNull(id);
            String clean = reason == null || reason.isBlank() ? "error desconocido" : reason.replaceAll("[\\t\\r\\n]+", " ").strip();
            reason = clean.length() > MAX_REASON ? clean.substring(0, MAX_REASON) : clean;
        }

        @Override
        public String line() {
            return "FAIL\t" + id + "\t" + reason;
        }
    }

    /** The answer to a line that is not a request. */
    static Fail malformed() {
        return new Fail("?", "petición mal formada");
    }

    /** True for a line that is an answer (the portal ignores, and logs, every other line). */
    static boolean isAnswer(String line) {
        return line != null && (line.equals("READY") || line.startsWith("OK\t") || line.startsWith("FAIL\t"));
    }

    /** The answer a line carries; {@link IllegalArgumentException} naming the line when it is none. */
    static WorkerAnswer parse(String line) {
        if ("READY".equals(line)) {
            return new Ready();
        }
        String[] parts = line == null ? new String[0] : line.split("\t", -1);
        if (parts.length == 3 && parts[0].equals("FAIL")) {
            return new Fail(parts[1], parts[2]);
        }
        if (parts.length == 5 && parts[0].equals("OK") && (parts[3].equals("true") || parts[3].equals("false"))) {
            try {
                return new Ok(parts[1], Long.parseLong(parts[2]), Boolean.parseBoolean(parts[3]), Integer.parseInt(parts[4]));
            } catch (NumberFormatException e) {
                // falls through: not an answer
            }
        }
        throw new IllegalArgumentException("not a worker answer: " + line);
    }

    /** The values of a multi-valued metadata field, as the worker joins them. */
    static String joinValues(Iterable<String> values) {
        return String.join(String.valueOf(MULTI_VALUE), values);
    }

    static String[] splitValues(String joined) {
        return joined.split(String.valueOf(MULTI_VALUE), -1);
    }
}
