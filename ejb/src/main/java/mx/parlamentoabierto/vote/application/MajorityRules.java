package mx.parlamentoabierto.vote.application;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import mx.parlamentoabierto.vote.domain.MajorityRule;
import mx.parlamentoabierto.vote.domain.VoteEvent;
import mx.parlamentoabierto.vote.domain.VoteOutcome;

/**
 * The majority rules of {@code config/majorities/}, loaded at startup from the same files on every instance, and the
 * outcome of a roll call under them ({@link VoteOutcome}).
 */
@ApplicationScoped
public class MajorityRules {

    private volatile List<MajorityRule> rules = List.of();

    public void load(List<MajorityRule> loaded) {
        rules = List.copyOf(loaded);
    }

    public List<MajorityRule> rules() {
        return rules;
    }

    public VoteOutcome outcomeOf(VoteEvent event) {
        return VoteOutcome.of(event, rules);
    }
}
