package mx.parlamentoabierto.methodology.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * How per-variable compliance becomes an overall score.
 * <ul>
 * <li>{@link #POOLED}: share of all (weighted) variables met; principles with more variables weigh more.
 * The published 2017 Jalisco figures are consistent with this and not with the plain mean.</li>
 * <li>{@link #MEAN}: plain mean of the principle percentages; every principle counts the same.</li>
 * <li>{@link #WEIGHTED}: mean of principle percentages weighted by each principle's weight.</li>
 * </ul>
 */
public enum Aggregation {
    POOLED, MEAN, WEIGHTED;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Aggregation> fromName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (Aggregation a : values()) {
            if (a.jsonName().equals(name.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
