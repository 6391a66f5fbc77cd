package mx.parlamentoabierto.platform.json;

/**
 * A configuration or data file is malformed or inconsistent. The message always names the file, where in
 * it (a JSON path such as {@code $.principles[2].variables[4].scale}, or a line and column for syntax
 * errors) and what is wrong, in Spanish, so an editor of the file can fix it without reading code.
 */
public class InvalidDataFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final String location;
    private final String problem;

    public InvalidDataFileException(String file, String location, String problem) {
        super(file + ": " + location + ": " + problem);
        this.file = file;
        this.location = location;
        this.problem = problem;
    }

    public String file() {
        return file;
    }

    public String location() {
        return location;
    }

    public String problem() {
        return problem;
    }
}
