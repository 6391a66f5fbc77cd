package mx.parlamentoabierto.published.application;

import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import mx.parlamentoabierto.published.domain.PublishedResult;

/** Holds the published results read from the configuration at startup. */
@ApplicationScoped
public class PublishedResults {

    private volatile List<PublishedResult> results = List.of();

    public void replace(List<PublishedResult> loaded) {
        results = loaded.stream().sorted(Comparator.comparingInt(PublishedResult::year)
                .thenComparing(r -> !"national".equals(r.scope())).thenComparing(PublishedResult::id)).toList();
    }

    public List<PublishedResult> all() {
        return results;
    }
}
