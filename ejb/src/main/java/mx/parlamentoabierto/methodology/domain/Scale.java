package mx.parlamentoabierto.methodology.domain;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The values an answer may take and what each means. A value scores {@code (value - min) / (max - min)},
 * so a binary "met" and an ordinal top grade both count as full compliance.
 */
public record Scale(String id, ScaleKind kind, int min, int max, Map<Integer, String> labels) {

    public Scale {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        if (max <= min) {
            throw new IllegalArgumentException("max must be greater than min");
        }
        if (kind == ScaleKind.BINARY && (min != 0 || max != 1)) {
            throw new IllegalArgumentException("a binary scale goes from 0 to 1");
        }
        labels = java.util.Collections.unmodifiableMap(new TreeMap<>(labels));
        for (Integer value : labels.keySet()) {
            if (value < min || value > max) {
                throw new IllegalArgumentException("label for " + value + " outside " + min + ".." + max);
            }
        }
    }

    public boolean accepts(int value) {
        return value >= min && value <= max;
    }

    /** The share of compliance a value represents, between 0 and 1. */
    public double normalise(int value) {
        if (!accepts(value)) {
            throw new IllegalArgumentException("value " + value + " outside scale " + id + " (" + min + ".." + max + ")");
        }
        return (double) (value - min) / (max - min);
    }

    public String label(int value) {
        return labels.getOrDefault(value, String.valueOf(value));
    }
}
