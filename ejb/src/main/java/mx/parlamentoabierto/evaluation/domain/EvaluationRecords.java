package mx.parlamentoabierto.evaluation.domain;

import java.util.List;
import java.util.Optional;

/** Persistence port of the evaluation cycle: assignments, revisions, reviews, objections and snapshots. */
public interface EvaluationRecords {

    List<Assignment> assignments(String editionId);

    void add(Assignment assignment);

    /** The highest revision number of an answer, 0 when it has none. */
    int lastRevision(String editionId, String legislatureId, String variableId);

    List<AnswerRevision> revisions(String editionId, String legislatureId, String variableId);

    void add(AnswerRevision revision);

    List<AnswerReview> reviews(String editionId, String legislatureId);

    void add(AnswerReview review);

    List<Objection> objections(String editionId);

    List<Objection> objections(String editionId, String legislatureId);

    Optional<Objection> objection(long id);

    void add(Objection objection);

    Optional<EditionSnapshot> snapshot(String editionId, int revision);

    List<EditionSnapshot> snapshots(String editionId);

    void add(EditionSnapshot snapshot);
}
