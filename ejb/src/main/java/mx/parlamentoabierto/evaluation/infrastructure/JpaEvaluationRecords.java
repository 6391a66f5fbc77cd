package mx.parlamentoabierto.evaluation.infrastructure;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import mx.parlamentoabierto.evaluation.domain.AnswerReview;
import mx.parlamentoabierto.evaluation.domain.AnswerRevision;
import mx.parlamentoabierto.evaluation.domain.Assignment;
import mx.parlamentoabierto.evaluation.domain.EditionSnapshot;
import mx.parlamentoabierto.evaluation.domain.EvaluationRecords;
import mx.parlamentoabierto.evaluation.domain.Objection;
import mx.parlamentoabierto.platform.persistence.Database;

@ApplicationScoped
public class JpaEvaluationRecords implements EvaluationRecords {

    private Database database;

    protected JpaEvaluationRecords() {
        // CDI proxy
    }

    @Inject
    public JpaEvaluationRecords(Database database) {
        this.database = database;
    }

    private EntityManager em() {
        return database.currentEntityManager();
    }

    @Override
    public List<Assignment> assignments(String editionId) {
        return em().createQuery("SELECT a FROM Assignment a WHERE a.editionId = :e ORDER BY a.legislatureId", Assignment.class)
                .setParameter("e", editionId).getResultList();
    }

    @Override
    public void add(Assignment assignment) {
        em().persist(assignment);
    }

    @Override
    public int lastRevision(String editionId, String legislatureId, String variableId) {
        Integer max = em().createQuery("SELECT MAX(r.revision) FROM AnswerRevision r WHERE r.editionId = :e AND r.legislatureId = :l"
                + " AND r.variableId = :v", Integer.class)
                .setParameter("e", editionId).setParameter("l", legislatureId).setParameter("v", variableId).getSingleResult();
        return max == null ? 0 : max;
    }

    @Override
    public List<AnswerRevision> revisions(String editionId, String legislatureId, String variableId) {
        return em().createQuery("SELECT r FROM AnswerRevision r WHERE r.editionId = :e AND r.legislatureId = :l AND r.variableId = :v"
                + " ORDER BY r.revision", AnswerRevision.class)
                .setParameter("e", editionId).setParameter("l", legislatureId).setParameter("v", variableId).getResultList();
    }

    @Override
    public void add(AnswerRevision revision) {
        em().persist(revision);
    }

    @Override
    public List<AnswerReview> reviews(String editionId, String legislatureId) {
        return em().createQuery("SELECT r FROM AnswerReview r WHERE r.editionId = :e AND r.legislatureId = :l ORDER BY r.id", AnswerReview.class)
                .setParameter("e", editionId).setParameter("l", legislatureId).getResultList();
    }

    @Override
    public void add(AnswerReview review) {
        em().persist(review);
    }

    @Override
    public List<Objection> objections(String editionId) {
        return em().createQuery("SELECT o FROM Objection o WHERE o.editionId = :e ORDER BY o.id", Objection.class)
                .setParameter("e", editionId).getResultList();
    }

    @Override
    public List<Objection> objections(String editionId, String legislatureId) {
        return em().createQuery("SELECT o FROM Objection o WHERE o.editionId = :e AND o.legislatureId = :l ORDER BY o.id", Objection.class)
                .setParameter("e", editionId).setParameter("l", legislatureId).getResultList();
    }

    @Override
    public Optional<Objection> objection(long id) {
        return Optional.ofNullable(em().find(Objection.class, id));
    }

    @Override
    public void add(Objection objection) {
        em().persist(objection);
    }

    @Override
    public Optional<EditionSnapshot> snapshot(String editionId, int revision) {
        return em().createQuery("SELECT s FROM EditionSnapshot s WHERE s.editionId = :e AND s.revision = :r", EditionSnapshot.class)
                .setParameter("e", editionId).setParameter("r", revision).getResultStream().findFirst();
    }

    @Override
    public List<EditionSnapshot> snapshots(String editionId) {
        return em().createQuery("SELECT s FROM EditionSnapshot s WHERE s.editionId = :e ORDER BY s.revision", EditionSnapshot.class)
                .setParameter("e", editionId).getResultList();
    }

    @Override
    public void add(EditionSnapshot snapshot) {
        em().persist(snapshot);
    }
}
