package mx.parlamentoabierto.vote.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a roll call passed: as its source declared it ({@code computed} false, the source's words kept), or computed
 * from its votes with the first majority rule of {@code config/majorities/} that applies ({@code computed} true, with
 * the rule's name and basis), or unknown when no rule applies. Pages mark a computed result "calculado".
 */
public record VoteOutcome(Boolean passed, String text, boolean computed, String ruleId, String ruleName, String basis) {

    /** The outcome of {@code event} under {@code rules} (first that applies). */
    public static VoteOutcome of(VoteEvent event, List<MajorityRule> rules) {
        if (event.result() != null && !event.result().isBlank()) {
            return new VoteOutcome(declaredPassed(event.result()).orElse(null), event.result().strip(), false, null, null, null);
        }
        for (MajorityRule rule : rules) {
            if (rule.appliesTo(event.legislatureId(), event.title())) {
                boolean passed = rule.passes(event.tally());
                return new VoteOutcome(passed, passed ? "Aprobada" : "Rechazada", true, rule.id(), rule.name(), rule.basis());
            }
        }
        return new VoteOutcome(null, null, false, null, null, null);
    }

    /** Whether a source's own words say the motion passed ("aprobado", "passed") or failed ("rechazado", "desechado"). */
    static Optional<Boolean> declaredPassed(String words) {
        String w = words.toLowerCase(Locale.ROOT);
        if (w.contains("rechaz") || w.contains("desech") || w.contains("fail") || w.contains("reject") || w.matches(".*\\bno (se )?aprob.*")) {
            return Optional.of(false);
        }
        if (w.contains("aprob") || w.contains("pass") || w.contains("adopt")) {
            return Optional.of(true);
        }
        return Optional.empty();
    }

    public boolean known() {
        return passed != null;
    }
}
