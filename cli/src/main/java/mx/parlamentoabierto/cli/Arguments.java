package mx.parlamentoabierto.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A command's words: positional ones in order, and {@code --name value} options (a name without a value is refused). */
record Arguments(List<String> positional, Map<String, String> options) {

    static Arguments parse(List<String> args) {
        List<String> positional = new ArrayList<>();
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("--")) {
                if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                    throw new UsageException("falta el valor de " + a);
                }
                options.put(a.substring(2), args.get(++i));
            } else {
                positional.add(a);
            }
        }
        return new Arguments(List.copyOf(positional), options);
    }

    String option(String name, String otherwise) {
        return options.getOrDefault(name, otherwise);
    }

    String url() {
        return option("url", "http://localhost:8080");
    }
}
