package mx.parlamentoabierto.scoring.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Rank ranges under random principle weights: reproducible from the seed, and sensible at the extremes. */
class RankRobustnessTest {

    private static RankRobustness.Result compute(double[][] scores, int[] published, long seed) {
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            ids.add("l" + i);
        }
        return RankRobustness.compute(ids, scores, published, Map.of("pooled", published), 2_000, seed);
    }

    @Test
    void theSameSeedGivesTheSameRanges() {
        double[][] scores = {{90, 10, 50}, {10, 90, 50}, {50, 50, 50}, {60, 40, 20}};
        int[] published = {1, 2, 3, 4};
        assertEquals(compute(scores, published, 7), compute(scores, published, 7), "anyone reproduces the published ranges");
        assertEquals(7, compute(scores, published, 7).seed());
    }

    @Test
    void aLegislatureBestOnEveryPrincipleNeverMovesAndOneWhoseRankDependsOnTheWeightsDoes() {
        double[][] scores = {{100, 100, 100}, {90, 10, 50}, {10, 90, 50}, {0, 0, 0}};
        RankRobustness.Result r = compute(scores, new int[] {1, 2, 3, 4}, 42);
        RankRobustness.Range best = r.ranges().get(0);
        assertEquals(1, best.min());
        assertEquals(1, best.max());
        assertEquals(0, best.moves90());
        RankRobustness.Range dependent = r.ranges().get(1);
        assertEquals(2, dependent.min());
        assertEquals(3, dependent.max(), "second or third, as the weights of its strong and weak principles go");
        assertEquals(4, r.ranges().get(3).min(), "last on every principle: always last");
        assertTrue(r.shareWithinThree() > 99.9, "with four legislatures no rank moves three places");
    }

    @Test
    void equalScoresShareTheirRank() {
        RankRobustness.Result r = compute(new double[][] {{50, 50}, {50, 50}, {10, 10}}, new int[] {1, 1, 3}, 1);
        assertEquals(1, r.ranges().get(0).max());
        assertEquals(1, r.ranges().get(1).max());
        assertEquals(3, r.ranges().get(2).min());
    }
}
