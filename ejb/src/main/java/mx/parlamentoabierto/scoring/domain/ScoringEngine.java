package mx.parlamentoabierto.scoring.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import mx.parlamentoabierto.methodology.domain.Aggregation;
import mx.parlamentoabierto.methodology.domain.Methodology;
import mx.parlamentoabierto.methodology.domain.Principle;
import mx.parlamentoabierto.methodology.domain.Variable;

/**
 * Turns answers into scores. Pure: no storage, no clock.
 *
 * <p>A variable contributes {@code weight × (value − min) / (max − min)} of its scale; a missing answer
 * contributes nothing (it counts as not met) and is reported in {@code answered}, so incomplete evaluations
 * are visible instead of silently rescaled. Principle percentage = weighted share of its variables.
 * The overall score follows the {@link Aggregation}.
 */
public final class ScoringEngine {

    /** Scores closer than this are equal: they tie. Protects ranks from floating-point noise. */
    static final double TIE_TOLERANCE = 1e-9;

    private ScoringEngine() {
    }

    /**
     * @param answers variable id → answered value, for one legislature
     */
    public static LegislatureScore score(String legislatureId, Methodology methodology, Map<String, Integer> answers,
            Aggregation aggregation) {
        List<PrincipleScore> principleScores = new ArrayList<>();
        double pooledNumerator = 0;
        double pooledDenominator = 0;
        double meanSum = 0;
        double weightedSum = 0;
        double principleWeights = 0;
        int answeredTotal = 0;
        int variableTotal = 0;
        for (Principle principle : methodology.principles()) {
            double numerator = 0;
            double denominator = 0;
            int met = 0;
            int answered = 0;
            for (Variable variable : principle.variables()) {
                denominator += variable.weight();
                Integer value = answers.get(variable.id());
                if (value != null) {
                    answered++;
                    double share = variable.scale().normalise(value);
                    numerator += variable.weight() * share;
                    if (value == variable.scale().max()) {
                        met++;
                    }
                }
            }
            double percent = 100.0 * numerator / denominator;
            principleScores.add(new PrincipleScore(principle.number(), percent, met, answered, principle.variables().size()));
            pooledNumerator += numerator;
            pooledDenominator += denominator;
            meanSum += percent;
            weightedSum += principle.weight() * percent;
            principleWeights += principle.weight();
            answeredTotal += answered;
            variableTotal += principle.variables().size();
        }
        double overall = switch (aggregation) {
            case POOLED -> 100.0 * pooledNumerator / pooledDenominator;
            case MEAN -> meanSum / methodology.principles().size();
            case WEIGHTED -> weightedSum / principleWeights;
        };
        return new LegislatureScore(legislatureId, overall, principleScores, answeredTotal, variableTotal);
    }

    /**
     * Orders scores from best to worst and gives equal scores the same rank (standard competition ranking:
     * 1, 2, 2, 4). Within a tie the order is the given tie-break (e.g. registry order), never the rank.
     */
    public static List<RankedScore> rank(List<LegislatureScore> scores, Comparator<LegislatureScore> tieBreak) {
        List<LegislatureScore> ordered = new ArrayList<>(scores);
        ordered.sort(Comparator.comparingDouble((LegislatureScore s) -> -roundForRanking(s.overall())).thenComparing(tieBreak));
        List<RankedScore> ranked = new ArrayList<>(ordered.size());
        int rank = 0;
        for (int i = 0; i < ordered.size(); i++) {
            LegislatureScore current = ordered.get(i);
            boolean sameAsPrevious = i > 0 && sameScore(ordered.get(i - 1), current);
            boolean sameAsNext = i + 1 < ordered.size() && sameScore(ordered.get(i + 1), current);
            if (!sameAsPrevious) {
                rank = i + 1;
            }
            ranked.add(new RankedScore(rank, sameAsPrevious || sameAsNext, current));
        }
        return ranked;
    }

    private static boolean sameScore(LegislatureScore a, LegislatureScore b) {
        return sameForRanking(a.overall(), b.overall());
    }

    /** Two scores that rank the same: equal once rounded to the millionth (also the rule of {@link RankRobustness}). */
    static boolean sameForRanking(double a, double b) {
        return Math.abs(roundForRanking(a) - roundForRanking(b)) < TIE_TOLERANCE;
    }

    private static double roundForRanking(double value) {
        return Math.round(value * 1e6) / 1e6;
    }
}
