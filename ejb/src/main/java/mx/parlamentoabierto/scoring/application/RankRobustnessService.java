package mx.parlamentoabierto.scoring.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import mx.parlamentoabierto.methodology.domain.Aggregation;
import mx.parlamentoabierto.scoring.domain.PrincipleScore;
import mx.parlamentoabierto.scoring.domain.RankRobustness;
import mx.parlamentoabierto.scoring.domain.RankedScore;

/**
 * The robustness of an edition's ranks ({@link RankRobustness}): its ranks under the three aggregations and under
 * {@code parlamento.robustness.draws} random principle weightings (10,000) from the seed
 * {@code parlamento.robustness.seed} (20140922, the day the Alianza para el Parlamento Abierto was signed), kept until
 * the edition's answers change.
 */
@ApplicationScoped
public class RankRobustnessService {

    private RankingService rankings;
    private int draws;
    private long seed;
    private final Map<String, Cached> computed = new ConcurrentHashMap<>();

    private record Cached(long version, RankRobustness.Result result) {
    }

    protected RankRobustnessService() {
        // CDI proxy
    }

    @Inject
    public RankRobustnessService(RankingService rankings, @ConfigProperty(name = "parlamento.robustness.draws", defaultValue = "10000") int draws,
            @ConfigProperty(name = "parlamento.robustness.seed", defaultValue = "20140922") long seed) {
        this.rankings = rankings;
        this.draws = Math.max(1, draws);
        this.seed = seed;
    }

    public RankRobustness.Result of(String editionId) {
        long version = rankings.changes();
        Cached cached = computed.get(editionId);
        if (cached != null && cached.version() == version) {
            return cached.result();
        }
        RankRobustness.Result result = compute(editionId);
        computed.put(editionId, new Cached(version, result));
        return result;
    }

    private RankRobustness.Result compute(String editionId) {
        EditionRanking published = rankings.ranking(editionId, Optional.empty());
        List<RankedScore> rows = published.rows();
        List<String> ids = rows.stream().map(r -> r.score().legislatureId()).toList();
        double[][] principles = new double[rows.size()][];
        int[] ranks = new int[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            List<PrincipleScore> ps = rows.get(i).score().principles();
            principles[i] = ps.stream().mapToDouble(PrincipleScore::percent).toArray();
            ranks[i] = rows.get(i).rank();
        }
        Map<String, int[]> byAggregation = new LinkedHashMap<>();
        for (Aggregation a : Aggregation.values()) {
            Map<String, Integer> rank = new java.util.HashMap<>();
            rankings.ranking(editionId, Optional.of(a)).rows().forEach(r -> rank.put(r.score().legislatureId(), r.rank()));
            byAggregation.put(a.jsonName(), ids.stream().mapToInt(id -> rank.getOrDefault(id, 0)).toArray());
        }
        return RankRobustness.compute(ids, principles, ranks, byAggregation, draws, seed);
    }

    public int draws() {
        return draws;
    }
}
