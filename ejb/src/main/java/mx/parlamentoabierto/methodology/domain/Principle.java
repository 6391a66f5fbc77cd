package mx.parlamentoabierto.methodology.domain;

import java.util.List;
import java.util.Objects;

/** One of the principles of a methodology, with its variables. */
public record Principle(int number, String name, String description, double weight, List<Variable> variables) {

    public Principle {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        if (number < 1) {
            throw new IllegalArgumentException("principle numbers start at 1");
        }
        if (!(weight > 0)) {
            throw new IllegalArgumentException("weight must be positive");
        }
        variables = List.copyOf(variables);
        if (variables.isEmpty()) {
            throw new IllegalArgumentException("principle " + number + " has no variables");
        }
    }

    public String code() {
        return "P" + number;
    }
}
