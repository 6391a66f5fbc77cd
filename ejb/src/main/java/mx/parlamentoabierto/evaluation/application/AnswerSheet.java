package mx.parlamentoabierto.evaluation.application;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import mx.parlamentoabierto.evaluation.domain.AnswerReview;
import mx.parlamentoabierto.evaluation.domain.Assignment;
import mx.parlamentoabierto.evaluation.domain.EditionAccess;
import mx.parlamentoabierto.evaluation.domain.Objection;
import mx.parlamentoabierto.legislature.domain.Legislature;
import mx.parlamentoabierto.methodology.domain.Methodology;
import mx.parlamentoabierto.scoring.domain.Answer;
import mx.parlamentoabierto.scoring.domain.Edition;

/** Everything about one legislature's answers the caller may see. */
/** {@code reviewOpen}: the caller may accept and return this legislature's answers now ({@link EditionAccess#reviewOpen}). */
public record AnswerSheet(Edition edition, Methodology methodology, Legislature legislature, Optional<Assignment> assignment,
        Map<String, Answer> answers, Map<String, List<AnswerReview>> reviews, List<Objection> objections, boolean fullAccess,
        boolean reviewOpen) {
}
