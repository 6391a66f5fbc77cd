package mx.parlamentoabierto.opendata.domain;

import java.util.List;
import java.util.Objects;

/**
 * One column of a dataset as its codebook describes it: name, type ({@code string}, {@code integer}, {@code number},
 * {@code boolean}, {@code date}, {@code datetime}), unit when it has one, meaning, and the values it may take when they
 * are a closed list.
 */
public record DatasetColumn(String name, String type, String unit, String description, List<String> allowed) {

    public DatasetColumn {
        Objects.requireNonNull(name);
        Objects.requireNonNull(type);
        Objects.requireNonNull(description);
        allowed = allowed == null ? List.of() : List.copyOf(allowed);
    }

    public static DatasetColumn of(String name, String type, String description) {
        return new DatasetColumn(name, type, null, description, List.of());
    }

    public DatasetColumn unit(String newUnit) {
        return new DatasetColumn(name, type, newUnit, description, allowed);
    }

    public DatasetColumn allowed(List<String> values) {
        return new DatasetColumn(name, type, unit, description, values);
    }
}
