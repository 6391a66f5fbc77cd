package mx.parlamentoabierto.scoring.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * How much a legislature's rank depends on how the principles are weighed — what the WJP's external audit publishes
 * and no openness ranking did. For each legislature: its ranks under the methodology's aggregations, and under
 * {@code draws} random weightings of the principles (uniform on the simplex: every way of splitting 100 % among the ten
 * principles equally likely), seeded so anyone gets the same numbers. Ranks are standard competition ranks on the
 * weighted mean of principle percentages, with the tie rule of {@link ScoringEngine}. Pure and in memory: 34 legislatures × 10,000 draws take well under a second.
 */
public final class RankRobustness {

    private RankRobustness() {
    }

    /**
     * One legislature's rank under alternative weightings: the range over every draw and aggregation ({@code min},
     * {@code max}), the middle 90 % of the draws ({@code p5}–{@code p95}), and {@code moves90}: in 90 % of the draws
     * the rank moves at most this many places from the published one.
     */
    public record Range(String legislatureId, int publishedRank, Map<String, Integer> aggregationRanks, int min, int max, int p5, int p95,
            int moves90) {
    }

    /**
     * The whole result: each legislature's range; and the summary as the WJP writes it — in {@code shareWithinThree}
     * percent of the draws (over all legislatures) ranks move less than three places.
     */
    public record Result(long seed, int draws, List<Range> ranges, double shareWithinThree) {
    }

    /**
     * @param principleScores   each legislature's principle percentages, in principle order, same length for all
     * @param publishedRanks    each legislature's published rank
     * @param aggregationRanks  each legislature's rank under each aggregation, by its name
     */
    public static Result compute(List<String> legislatures, double[][] principleScores, int[] publishedRanks,
            Map<String, int[]> aggregationRanks, int draws, long seed) {
        int n = legislatures.size();
        if (n == 0) {
            return new Result(seed, draws, List.of(), 100.0);
        }
        int principles = principleScores[0].length;
        int[][] ranks = new int[n][draws];
        SplittableRandom random = new SplittableRandom(seed);
        double[] weights = new double[principles];
        double[] totals = new double[n];
        Integer[] order = new Integer[n];
        for (int d = 0; d < draws; d++) {
            // uniform on the simplex: normalised exponentials
            double sum = 0;
            for (int p = 0; p < principles; p++) {
                weights[p] = -Math.log(1 - random.nextDouble());
                sum += weights[p];
            }
            for (int i = 0; i < n; i++) {
                double t = 0;
                for (int p = 0; p < principles; p++) {
                    t += weights[p] * principleScores[i][p];
                }
                totals[i] = t / sum;
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Double.compare(totals[b], totals[a]));
            int rank = 0;
            for (int k = 0; k < n; k++) {
                if (k == 0 || !ScoringEngine.sameForRanking(totals[order[k]], totals[order[k - 1]])) {
                    rank = k + 1;
                }
                ranks[order[k]][d] = rank;
            }
        }
        List<Range> ranges = new ArrayList<>(n);
        long withinThree = 0;
        for (int i = 0; i < n; i++) {
            int[] r = ranks[i];
            Arrays.sort(r);
            int[] shift = new int[draws];
            for (int d = 0; d < draws; d++) {
                shift[d] = Math.abs(r[d] - publishedRanks[i]);
                if (shift[d] < 3) {
                    withinThree++;
                }
            }
            Arrays.sort(shift);
            Map<String, Integer> byAggregation = new java.util.LinkedHashMap<>();
            for (Map.Entry<String, int[]> a : aggregationRanks.entrySet()) {
                byAggregation.put(a.getKey(), a.getValue()[i]);
            }
            int min = r[0];
            int max = r[draws - 1];
            for (int rankUnder : byAggregation.values()) {
                min = Math.min(min, rankUnder);
                max = Math.max(max, rankUnder);
            }
            ranges.add(new Range(legislatures.get(i), publishedRanks[i], byAggregation, min, max, r[(int) (0.05 * (draws - 1))],
                    r[(int) Math.ceil(0.95 * (draws - 1))], shift[(int) Math.ceil(0.9 * draws) - 1]));
        }
        return new Result(seed, draws, ranges, 100.0 * withinThree / ((long) n * draws));
    }
}
