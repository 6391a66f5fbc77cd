package mx.parlamentoabierto.budget.infrastructure;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import mx.parlamentoabierto.budget.domain.BudgetBody;
import mx.parlamentoabierto.budget.domain.BudgetFigure;
import mx.parlamentoabierto.budget.domain.BudgetLine;
import mx.parlamentoabierto.budget.domain.BudgetRepository;
import mx.parlamentoabierto.budget.domain.BudgetSource;
import mx.parlamentoabierto.budget.domain.BudgetStage;
import mx.parlamentoabierto.platform.persistence.Database;

/** Budgets through JPA; totals and the compliance summary aggregated in JPQL. */
@ApplicationScoped
public class JpaBudgetRepository implements BudgetRepository {

    private Database database;

    protected JpaBudgetRepository() {
        // CDI proxy
    }

    @Inject
    public JpaBudgetRepository(Database database) {
        this.database = database;
    }

    private EntityManager em() {
        return database.currentEntityManager();
    }

    @Override
    public Optional<BudgetBody> body(String id) {
        return Optional.ofNullable(em().find(BudgetBody.class, id));
    }

    @Override
    public void addBody(BudgetBody body) {
        em().persist(body);
    }

    @Override
    public List<BudgetBody> bodies() {
        return em().createQuery("SELECT b FROM BudgetBody b ORDER BY b.name", BudgetBody.class).getResultList();
    }

    @Override
    public Optional<BudgetSource> sourceBySha256(String sha256) {
        return em().createQuery("SELECT s FROM BudgetSource s WHERE s.sha256 = :sha ORDER BY s.id DESC", BudgetSource.class)
                .setParameter("sha", sha256).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public void addSource(BudgetSource source) {
        em().persist(source);
        em().flush();
    }

    @Override
    public Optional<BudgetSource> source(long id) {
        return Optional.ofNullable(em().find(BudgetSource.class, id));
    }

    @Override
    public List<String> bodyYearsOf(long sourceId) {
        return em().createQuery("SELECT DISTINCT l.bodyId, l.year FROM BudgetLine l WHERE l.sourceId = :source", Object[].class)
                .setParameter("source", sourceId).getResultList().stream().map(r -> r[0] + "|" + r[1]).sorted().toList();
    }

    @Override
    public int deleteLines(String bodyId, int year) {
        return em().createQuery("DELETE FROM BudgetLine l WHERE l.bodyId = :body AND l.year = :year").setParameter("body", bodyId)
                .setParameter("year", year).executeUpdate();
    }

    @Override
    public void addLines(long sourceId, List<BudgetFigure> figures) {
        EntityManager em = em();
        int n = 0;
        for (BudgetFigure figure : figures) {
            em.persist(new BudgetLine(sourceId, figure));
            if (++n % 500 == 0) {
                em.flush();
                em.clear();
            }
        }
        em.flush();
    }

    @Override
    public List<StageTotal> totals(String bodyId) {
        return em().createQuery("SELECT l.year, l.stage, SUM(l.amount) FROM BudgetLine l WHERE l.bodyId = :body GROUP BY l.year, l.stage "
                + "ORDER BY l.year", Object[].class).setParameter("body", bodyId).getResultList().stream()
                .map(r -> new StageTotal(((Number) r[0]).intValue(), BudgetStage.parse((String) r[1]).orElseThrow(), (BigDecimal) r[2])).toList();
    }

    @Override
    public List<BudgetLine> lines(String bodyId, Optional<Integer> year, Optional<BudgetStage> stage) {
        StringBuilder jpql = new StringBuilder("SELECT l FROM BudgetLine l WHERE l.bodyId = :body");
        year.ifPresent(y -> jpql.append(" AND l.year = :year"));
        stage.ifPresent(s -> jpql.append(" AND l.stage = :stage"));
        jpql.append(" ORDER BY l.year, l.programmeCode, l.stage, l.economicClass");
        TypedQuery<BudgetLine> q = em().createQuery(jpql.toString(), BudgetLine.class).setParameter("body", bodyId);
        year.ifPresent(y -> q.setParameter("year", y));
        stage.ifPresent(s -> q.setParameter("stage", s.code()));
        return q.getResultList();
    }

    @Override
    public List<YearSource> sources(String bodyId) {
        return em().createQuery("SELECT DISTINCT l.year, s.id, s.fileName, s.documentId, s.importedAt, s.format, s.unpublishedClasses FROM BudgetLine l, BudgetSource s "
                + "WHERE l.sourceId = s.id AND l.bodyId = :body ORDER BY l.year", Object[].class).setParameter("body", bodyId).getResultList()
                .stream().map(r -> new YearSource(((Number) r[0]).intValue(), ((Number) r[1]).longValue(), (String) r[2],
                        r[3] == null ? null : ((Number) r[3]).longValue(), (Instant) r[4], (String) r[5],
                        BudgetSource.unpublishedIn((String) r[6], ((Number) r[0]).intValue()))).toList();
    }

    @Override
    public List<LegislatureBudget> latestByLegislature(Optional<String> legislatureId) {
        // one legislature reads its own body's lines through ix_budget_line_latest (V9); all of them, every line once
        TypedQuery<Object[]> q = em().createQuery("SELECT b.legislatureId, l.stage, MAX(l.year), COUNT(l) FROM BudgetLine l, BudgetBody b "
                + "WHERE l.bodyId = b.id AND b.legislatureId IS NOT NULL" + (legislatureId.isPresent() ? " AND l.bodyId = :id" : "")
                + " GROUP BY b.legislatureId, l.stage", Object[].class);
        legislatureId.ifPresent(id -> q.setParameter("id", id));
        return q.getResultList().stream().map(r -> new LegislatureBudget((String) r[0], BudgetStage.parse((String) r[1]).orElseThrow(),
                ((Number) r[2]).intValue(), ((Number) r[3]).longValue())).toList();
    }
}
