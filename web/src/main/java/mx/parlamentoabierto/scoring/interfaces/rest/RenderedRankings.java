package mx.parlamentoabierto.scoring.interfaces.rest;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import mx.parlamentoabierto.scoring.application.EditionRanking;

/**
 * The JSON of each computed ranking, serialised once. A ranking is recomputed (a new object) whenever its
 * answers change, so the JSON is tied to the identity of the computation it was rendered from and can
 * never outlive it.
 */
@ApplicationScoped
public class RenderedRankings {

    private record Rendered(EditionRanking from, byte[] json) {
    }

    private final Jsonb jsonb = JsonbBuilder.create();
    private final Map<String, Rendered> byKey = new ConcurrentHashMap<>();

    /** UTF-8 JSON of the ranking; callers must not modify the returned array. */
    public byte[] json(EditionRanking ranking, Supplier<Object> view) {
        String key = ranking.edition().id() + "|" + ranking.aggregation().name();
        Rendered current = byKey.get(key);
        if (current != null && current.from() == ranking) {
            return current.json();
        }
        Rendered fresh = new Rendered(ranking, jsonb.toJson(view.get()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        byKey.put(key, fresh);
        return fresh.json();
    }

    /** The JSON already rendered from exactly this computation, if any. */
    public java.util.Optional<byte[]> renderedJson(EditionRanking ranking) {
        Rendered current = byKey.get(ranking.edition().id() + "|" + ranking.aggregation().name());
        return current != null && current.from() == ranking ? java.util.Optional.of(current.json()) : java.util.Optional.empty();
    }

    @PreDestroy
    void close() {
        try {
            jsonb.close();
        } catch (Exception e) {
            // shutting down; nothing held that outlives the application
        }
    }
}
