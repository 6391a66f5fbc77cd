package mx.parlamentoabierto.scoring.application;

import java.util.List;
import java.util.Optional;

import mx.parlamentoabierto.legislature.domain.Legislature;
import mx.parlamentoabierto.methodology.domain.Aggregation;
import mx.parlamentoabierto.methodology.domain.Methodology;
import mx.parlamentoabierto.methodology.domain.Principle;
import mx.parlamentoabierto.methodology.domain.Variable;
import mx.parlamentoabierto.scoring.domain.Answer;
import mx.parlamentoabierto.scoring.domain.Edition;
import mx.parlamentoabierto.scoring.domain.PrincipleScore;
import mx.parlamentoabierto.scoring.domain.RankedScore;

/** One legislature's evaluation in an edition: rank, scores, and every variable with its answer and evidence. */
public record Scorecard(Edition edition, Methodology methodology, Aggregation aggregation, Legislature legislature,
        RankedScore ranked, int rankedOutOf, List<PrincipleSection> principles) {

    public record PrincipleSection(Principle principle, PrincipleScore score, List<VariableLine> variables) {
    }

    /** A variable and its answer; the answer is empty when not evaluated yet. */
    public record VariableLine(Variable variable, Optional<Answer> answer) {
        public String valueLabel() {
            return answer.map(a -> variable.scale().label(a.value())).orElse("Sin evaluar");
        }

        public boolean met() {
            return answer.map(a -> a.value() == variable.scale().max()).orElse(false);
        }
    }
}
