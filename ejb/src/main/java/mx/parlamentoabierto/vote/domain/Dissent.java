package mx.parlamentoabierto.vote.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who broke with their group in one roll call: for each parliamentary group, the option most of its members chose
 * among yes, no and abstention (none on a tie), and the members who chose another of those three. Absences,
 * excuses and other options are not counted as breaking with the group.
 */
public record Dissent(Map<String, VoteOption> groupLine, List<VoteLine> dissenters) {

    private static final List<VoteOption> POSITIONS = List.of(VoteOption.YES, VoteOption.NO, VoteOption.ABSTAIN);

    public static Dissent of(List<VoteLine> votes) {
        Map<String, Map<VoteOption, Integer>> counts = new LinkedHashMap<>();
        for (VoteLine v : votes) {
            if (v.groupId() != null && POSITIONS.contains(v.option())) {
                counts.computeIfAbsent(v.groupId(), k -> new EnumMap<>(VoteOption.class)).merge(v.option(), 1, Integer::sum);
            }
        }
        Map<String, VoteOption> line = new LinkedHashMap<>();
        counts.forEach((group, byOption) -> majority(byOption).ifPresent(option -> line.put(group, option)));
        List<VoteLine> dissenters = new ArrayList<>();
        for (VoteLine v : votes) {
            VoteOption groupOption = v.groupId() == null ? null : line.get(v.groupId());
            if (groupOption != null && POSITIONS.contains(v.option()) && v.option() != groupOption) {
                dissenters.add(v);
            }
        }
        return new Dissent(Map.copyOf(line), List.copyOf(dissenters));
    }

    /** The option with the most votes, if one has more than every other. */
    private static Optional<VoteOption> majority(Map<VoteOption, Integer> byOption) {
        VoteOption best = null;
        int most = 0;
        boolean tie = false;
        for (Map.Entry<VoteOption, Integer> e : byOption.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
                tie = false;
            } else if (e.getValue() == most) {
                tie = true;
            }
        }
        return tie ? Optional.empty() : Optional.ofNullable(best);
    }

    /** The line a group followed, if it had one. */
    public Optional<VoteOption> lineOf(String groupId) {
        return Optional.ofNullable(groupId == null ? null : groupLine.get(groupId));
    }
}
