package mx.parlamentoabierto.portal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code ./parlamento} command as its own process, the way the script runs it: the cli module's main class with the
 * cli's class path (here the tests' class path, which holds the cli module and its dependencies).
 */
final class CliProcess {

    private CliProcess() {
    }

    static List<String> command(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "mx.parlamentoabierto.cli.Cli"));
        command.addAll(List.of(args));
        return command;
    }
}
