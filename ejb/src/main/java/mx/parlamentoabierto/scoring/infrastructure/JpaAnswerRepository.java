package mx.parlamentoabierto.scoring.infrastructure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import mx.parlamentoabierto.platform.persistence.Database;
import mx.parlamentoabierto.scoring.domain.Answer;
import mx.parlamentoabierto.scoring.domain.AnswerRepository;

@ApplicationScoped
public class JpaAnswerRepository implements AnswerRepository {

    private Database database;

    protected JpaAnswerRepository() {
        // CDI proxy
    }

    @Inject
    public JpaAnswerRepository(Database database) {
        this.database = database;
    }

    @Override
    public Map<String, Map<String, Integer>> valuesByLegislature(String editionId) {
        List<Object[]> rows = database.currentEntityManager().createQuery(
                "SELECT a.legislatureId, a.variableId, a.value FROM Answer a WHERE a.editionId = :edition", Object[].class)
                .setParameter("edition", editionId).getResultList();
        Map<String, Map<String, Integer>> values = new HashMap<>();
        for (Object[] row : rows) {
            values.computeIfAbsent((String) row[0], k -> new HashMap<>()).put((String) row[1], ((Number) row[2]).intValue());
        }
        return values;
    }

    /**
     * Answers are read from the database, not the shared cache, whenever they are loaded to be shown or changed:
     * several evaluators and portal instances write them (ADR 0011). The entity itself cannot be
     * {@code @Cacheable(false)}: EclipseLink 4.0 then fails to compare its evidence collection at flush (EclipseLink-69).
     */
    private static final String REFRESH = "eclipselink.refresh";

    @Override
    public List<Answer> forLegislature(String editionId, String legislatureId) {
        List<Answer> answers = database.currentEntityManager().createQuery(
                "SELECT a FROM Answer a WHERE a.editionId = :edition AND a.legislatureId = :legislature ORDER BY a.variableId",
                Answer.class).setParameter("edition", editionId).setParameter("legislature", legislatureId)
                .setHint("eclipselink.batch", "a.evidence").setHint("eclipselink.batch.type", "IN").setHint(REFRESH, "true").getResultList();
        answers.forEach(a -> a.evidence().size());
        return answers;
    }

    @Override
    public List<Answer> readOnly(String editionId, String legislatureId) {
        List<Answer> answers = database.currentEntityManager().createQuery(
                "SELECT a FROM Answer a WHERE a.editionId = :edition AND a.legislatureId = :legislature ORDER BY a.variableId",
                Answer.class).setParameter("edition", editionId).setParameter("legislature", legislatureId)
                .setHint("eclipselink.batch", "a.evidence").setHint("eclipselink.batch.type", "IN").setHint(REFRESH, "true")
                .setHint("eclipselink.read-only", "true").getResultList();
        answers.forEach(a -> a.evidence().size());
        return answers;
    }

    @Override
    public Optional<Answer> find(String editionId, String legislatureId, String variableId) {
        return database.currentEntityManager().createQuery(
                "SELECT a FROM Answer a WHERE a.editionId = :e AND a.legislatureId = :l AND a.variableId = :v", Answer.class)
                .setParameter("e", editionId).setParameter("l", legislatureId).setParameter("v", variableId)
                .setHint(REFRESH, "true").getResultStream().findFirst();
    }

    @Override
    public void add(Answer answer) {
        database.currentEntityManager().persist(answer);
    }

    @Override
    public long count(String editionId) {
        return database.currentEntityManager().createQuery("SELECT COUNT(a) FROM Answer a WHERE a.editionId = :e", Long.class)
                .setParameter("e", editionId).getSingleResult();
    }
}
