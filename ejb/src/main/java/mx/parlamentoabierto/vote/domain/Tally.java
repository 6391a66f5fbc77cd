package mx.parlamentoabierto.vote.domain;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/** How many votes of each option (every option present, zero included), and how many voters matched no person. */
public record Tally(Map<VoteOption, Integer> byOption, int unmatched) {

    public Tally {
        EnumMap<VoteOption, Integer> all = new EnumMap<>(VoteOption.class);
        for (VoteOption option : VoteOption.values()) {
            all.put(option, byOption.getOrDefault(option, 0));
        }
        byOption = java.util.Collections.unmodifiableMap(all);
    }

    public static Tally of(Collection<VoteOption> options, int unmatched) {
        EnumMap<VoteOption, Integer> counts = new EnumMap<>(VoteOption.class);
        options.forEach(o -> counts.merge(o, 1, Integer::sum));
        return new Tally(counts, unmatched);
    }

    public int of(VoteOption option) {
        return byOption.get(option);
    }

    public int total() {
        return byOption.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Members in the chamber for the vote ({@link VoteOption#present()}). */
    public int present() {
        return byOption.entrySet().stream().filter(e -> e.getKey().present()).mapToInt(Map.Entry::getValue).sum();
    }
}
