package mx.parlamentoabierto.methodology.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A versioned methodology. Once an edition uses a version, that version is frozen: the same id and version
 * with different content is refused (see {@code MethodologyCatalog}).
 */
public record Methodology(String id, String version, String title, String description, Aggregation defaultAggregation,
        List<Principle> principles) {

    public Methodology {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(title, "title");
        principles = List.copyOf(principles);
        if (principles.isEmpty()) {
            throw new IllegalArgumentException("a methodology needs principles");
        }
    }

    public List<Variable> variables() {
        return principles.stream().flatMap(p -> p.variables().stream()).toList();
    }

    public Map<String, Variable> variablesById() {
        Map<String, Variable> map = new LinkedHashMap<>();
        variables().forEach(v -> map.put(v.id(), v));
        return map;
    }

    public Optional<Variable> variable(String variableId) {
        return Optional.ofNullable(variablesById().get(variableId));
    }

    public Optional<Principle> principle(int number) {
        return principles.stream().filter(p -> p.number() == number).findFirst();
    }

    /** {@code id@version}, the key of a frozen version. */
    public String key() {
        return id + "@" + version;
    }
}
