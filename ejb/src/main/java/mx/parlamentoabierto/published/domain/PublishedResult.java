package mx.parlamentoabierto.published.domain;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Figures somebody else published, with where. {@code scope} is {@code national} (an average over the
 * evaluated institutions) or a legislature id; percentages are per principle number.
 */
public record PublishedResult(String id, int year, String scope, String scopeLabel, Optional<Double> overall,
        Map<Integer, Double> principles, List<String> findings, String publisher, List<Source> sources, String note) {

    /** Where the figures were published; {@code url} is null when no verified address is known. */
    public record Source(String title, String url) {
    }

    public PublishedResult {
        Objects.requireNonNull(id, "id");
        principles = Map.copyOf(principles);
        findings = List.copyOf(findings);
        sources = List.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("a published result needs its source");
        }
    }
}
