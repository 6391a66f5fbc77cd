package mx.parlamentoabierto.scoring.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import mx.parlamentoabierto.methodology.domain.Aggregation;
import mx.parlamentoabierto.methodology.domain.Methodology;
import mx.parlamentoabierto.methodology.domain.Principle;
import mx.parlamentoabierto.testing.MethodologyFixtures;

class ScoringEngineTest {

    private static final double EPS = 1e-9;

    @Test
    void pooledAndMeanDifferWhenPrinciplesHaveUnequalSizes() {
        // P1 has 1 variable (met), P2 has 3 variables (none met).
        Methodology m = MethodologyFixtures.binary(1, 3);
        Map<String, Integer> answers = Map.of("P1.01", 1, "P2.01", 0, "P2.02", 0, "P2.03", 0);

        LegislatureScore pooled = ScoringEngine.score("x", m, answers, Aggregation.POOLED);
        LegislatureScore mean = ScoringEngine.score("x", m, answers, Aggregation.MEAN);

        assertEquals(25.0, pooled.overall(), EPS, "pooled = 1 of 4 variables met");
        assertEquals(50.0, mean.overall(), EPS, "mean = (100% + 0%) / 2");
        assertEquals(100.0, pooled.principles().get(0).percent(), EPS);
        assertEquals(0.0, pooled.principles().get(1).percent(), EPS);
    }

    @Test
    void pooledEqualsMeanWhenPrinciplesHaveEqualSizes() {
        Methodology m = MethodologyFixtures.binary(2, 2);
        Map<String, Integer> answers = Map.of("P1.01", 1, "P1.02", 1, "P2.01", 1, "P2.02", 0);
        assertEquals(ScoringEngine.score("x", m, answers, Aggregation.MEAN).overall(),
                ScoringEngine.score("x", m, answers, Aggregation.POOLED).overall(), EPS);
    }

    @Test
    void weightedAggregationUsesPrincipleWeights() {
        Methodology m = MethodologyFixtures.withPrincipleWeights(new int[] {1, 1}, new double[] {3, 1}, MethodologyFixtures.BINARY);
        Map<String, Integer> answers = Map.of("P1.01", 1, "P2.01", 0);
        assertEquals(75.0, ScoringEngine.score("x", m, answers, Aggregation.WEIGHTED).overall(), EPS);
        assertEquals(50.0, ScoringEngine.score("x", m, answers, Aggregation.MEAN).overall(), EPS);
    }

    @Test
    void variableWeightsCountInsideAPrincipleAndInPooled() {
        Principle p = new Principle(1, "P", "d", 1, List.of(
                MethodologyFixtures.variable("P1.01", 1, MethodologyFixtures.BINARY, 3),
                MethodologyFixtures.variable("P1.02", 1, MethodologyFixtures.BINARY, 1)));
        Methodology m = new Methodology("w", "1", "w", "", Aggregation.POOLED, List.of(p));
        LegislatureScore s = ScoringEngine.score("x", m, Map.of("P1.01", 1, "P1.02", 0), Aggregation.POOLED);
        assertEquals(75.0, s.overall(), EPS);
        assertEquals(75.0, s.principles().get(0).percent(), EPS);
    }

    @Test
    void ordinalValuesScoreAsAShareOfTheirScale() {
        Methodology m = MethodologyFixtures.withPrincipleWeights(new int[] {2}, new double[] {1}, MethodologyFixtures.ORDINAL);
        LegislatureScore s = ScoringEngine.score("x", m, Map.of("P1.01", 4, "P1.02", 1), Aggregation.POOLED);
        assertEquals(62.5, s.overall(), EPS, "(4/4 + 1/4) / 2");
        assertEquals(1, s.principles().get(0).met(), "only the top grade counts as met");
    }

    @Test
    void aValueOutsideTheScaleIsRejected() {
        Methodology m = MethodologyFixtures.binary(1);
        assertThrows(IllegalArgumentException.class, () -> ScoringEngine.score("x", m, Map.of("P1.01", 2), Aggregation.POOLED));
    }

    @Test
    void missingAnswersCountAsNotMetAndAreReported() {
        Methodology m = MethodologyFixtures.binary(4);
        LegislatureScore s = ScoringEngine.score("x", m, Map.of("P1.01", 1), Aggregation.POOLED);
        assertEquals(25.0, s.overall(), EPS);
        assertEquals(1, s.answered());
        assertEquals(4, s.total());
        assertFalse(s.complete());
    }

    @Test
    void tiesShareARankAndTheNextRankSkips() {
        Methodology m = MethodologyFixtures.binary(3, 7);
        Map<String, Map<String, Integer>> answers = new HashMap<>();
        answers.put("a", Map.of("P1.01", 1, "P1.02", 1));
        answers.put("b", Map.of("P1.01", 1));
        answers.put("c", Map.of("P2.01", 1)); // same pooled score as b, different principle
        answers.put("d", Map.of());
        List<LegislatureScore> scores = answers.entrySet().stream()
                .map(e -> ScoringEngine.score(e.getKey(), m, e.getValue(), Aggregation.POOLED)).toList();

        List<RankedScore> ranked = ScoringEngine.rank(scores, Comparator.comparing(LegislatureScore::legislatureId));

        assertEquals(List.of("a", "b", "c", "d"), ranked.stream().map(r -> r.score().legislatureId()).toList());
        assertEquals(List.of(1, 2, 2, 4), ranked.stream().map(RankedScore::rank).toList());
        assertEquals(List.of(false, true, true, false), ranked.stream().map(RankedScore::tied).toList());
    }

    @Test
    void aTieUnderOneAggregationCanBreakUnderAnother() {
        Methodology m = MethodologyFixtures.binary(1, 3);
        LegislatureScore b = ScoringEngine.score("b", m, Map.of("P1.01", 1), Aggregation.MEAN);
        LegislatureScore c = ScoringEngine.score("c", m, Map.of("P2.01", 1), Aggregation.MEAN);
        assertNotEquals(b.overall(), c.overall());
        List<RankedScore> pooled = ScoringEngine.rank(List.of(
                ScoringEngine.score("b", m, Map.of("P1.01", 1), Aggregation.POOLED),
                ScoringEngine.score("c", m, Map.of("P2.01", 1), Aggregation.POOLED)), Comparator.comparing(LegislatureScore::legislatureId));
        assertTrue(pooled.get(0).tied() && pooled.get(1).tied());
    }
}
