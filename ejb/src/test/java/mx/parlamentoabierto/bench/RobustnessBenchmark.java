package mx.parlamentoabierto.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import mx.parlamentoabierto.scoring.domain.RankRobustness;

/**
 * {@code ./parlamento bench export}, first line: the rank robustness of an edition of 34 legislatures × 10 principles under
 * 10,000 random weightings (the portal's defaults), timed in process: 3 warm-up runs, then the minimum, median and
 * maximum of 10. The principle scores are drawn (seed 34) to spread like the 2014 diagnosis (means 20–80 %).
 *
 * <p>Arguments: [legislatures] [draws].
 */
public final class RobustnessBenchmark {

    private RobustnessBenchmark() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 34;
        int draws = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        Random random = new Random(34);
        List<String> ids = new ArrayList<>();
        double[][] scores = new double[n][10];
        double[] overall = new double[n];
        for (int i = 0; i < n; i++) {
            ids.add("legislatura-" + i);
            double propensity = 20 + random.nextDouble() * 60;
            for (int p = 0; p < 10; p++) {
                scores[i][p] = Math.max(0, Math.min(100, propensity + random.nextGaussian() * 15));
                overall[i] += scores[i][p] / 10;
            }
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(overall[b], overall[a]));
        int[] ranks = new int[n];
        for (int k = 0; k < n; k++) {
            ranks[order[k]] = k + 1;
        }
        Map<String, int[]> aggregations = Map.of("pooled", ranks);
        for (int i = 0; i < 3; i++) {
            RankRobustness.compute(ids, scores, ranks, aggregations, draws, 20140922L);
        }
        double[] ms = new double[10];
        RankRobustness.Result result = null;
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            result = RankRobustness.compute(ids, scores, ranks, aggregations, draws, 20140922L);
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("robustez de los lugares: %d legislaturas × %,d sorteos: mínimo %.0f ms, mediana %.0f ms, máximo %.0f ms en 10 corridas "
                + "(en %.1f %% de los sorteos los lugares se mueven menos de tres posiciones); objetivo ≤ 1000 ms: %s%n", n, draws, ms[0], ms[5], ms[9],
                result.shareWithinThree(), ms[9] <= 1000 ? "cumplido" : "no cumplido");
    }
}
