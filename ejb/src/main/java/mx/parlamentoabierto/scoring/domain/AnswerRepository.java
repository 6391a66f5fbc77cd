package mx.parlamentoabierto.scoring.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

public interface AnswerRepository {

    /** legislature id → (variable id → value), every answer of an edition; the input of a ranking. */
    Map<String, Map<String, Integer>> valuesByLegislature(String editionId);

    /** Every answer of one legislature in an edition, with justification and evidence. */
    List<Answer> forLegislature(String editionId, String legislatureId);

    /** The same answers as {@link #forLegislature}, read-only: for showing, counting and publishing, never for changing. */
    List<Answer> readOnly(String editionId, String legislatureId);

    Optional<Answer> find(String editionId, String legislatureId, String variableId);

    void add(Answer answer);

    long count(String editionId);
}
