package mx.parlamentoabierto.compliance.infrastructure;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import mx.parlamentoabierto.budget.domain.BudgetRepository;
import mx.parlamentoabierto.budget.domain.BudgetStage;
import mx.parlamentoabierto.compliance.domain.Holdings;
import mx.parlamentoabierto.compliance.domain.PortalHoldings;
import mx.parlamentoabierto.document.domain.DocumentType;
import mx.parlamentoabierto.legislator.domain.Organization;
import mx.parlamentoabierto.platform.persistence.Database;
import mx.parlamentoabierto.platform.persistence.UnitOfWork;

/**
 * What the portal holds, counted by the database in four grouped queries (documents by type, roll calls with votes,
 * legislators with a membership, committee memberships) plus the budget's latest years — for one legislature, or for
 * all of them in the same four queries. Schema {@code V9} indexes the documents' columns these read.
 */
@ApplicationScoped
public class SqlPortalHoldings implements PortalHoldings {

    private static final String DOCUMENTS = "SELECT legislature_id, document_type, COUNT(*), MAX(document_date), "
            + "SUM(CASE WHEN document_date IS NULL THEN 1 ELSE 0 END) FROM document WHERE is_current = TRUE AND status <> 'FAILED'%s "
            + "GROUP BY legislature_id, document_type";
    private static final String ROLL_CALLS = "SELECT legislature_id, COUNT(*), MAX(vote_date), 0 FROM vote_event WHERE (yes_count + no_count + "
            + "abstain_count + absent_count + excused_count + not_voting_count + present_count + paired_count + other_count) > 0%s "
            + "GROUP BY legislature_id";
    private static final String LEGISLATORS = "SELECT p.legislature_id, COUNT(*), MAX(p.updated_at), 0 FROM person p WHERE EXISTS "
            + "(SELECT 1 FROM membership m WHERE m.person_id = p.id)%s GROUP BY p.legislature_id";
    private static final String COMMITTEES = "SELECT m.legislature_id, COUNT(*), MAX(o.updated_at), 0 FROM membership m JOIN organization o "
            + "ON o.id = m.organization_id WHERE o.classification = '" + Organization.COMMITTEE + "'%s GROUP BY m.legislature_id";

    private Database database;
    private BudgetRepository budgets;

    protected SqlPortalHoldings() {
        // CDI proxy
    }

    @Inject
    public SqlPortalHoldings(Database database, BudgetRepository budgets) {
        this.database = database;
        this.budgets = budgets;
    }

    @Override
    @UnitOfWork
    public Holdings of(String legislatureId) {
        return read(legislatureId).getOrDefault(legislatureId, Holdings.empty(legislatureId));
    }

    @Override
    @UnitOfWork
    public Map<String, Holdings> all() {
        return read(null);
    }

    /** The counts of one legislature (or of all when {@code only} is null). */
    private Map<String, Holdings> read(String only) {
        EntityManager em = database.currentEntityManager();
        Map<String, Map<String, Holdings.Records>> documents = new HashMap<>();
        for (Object[] r : rows(em, DOCUMENTS, "legislature_id", only)) {
            String type = DocumentType.valueOf((String) r[1]).code();
            documents.computeIfAbsent((String) r[0], k -> new HashMap<>()).put(type, records(r, 2));
        }
        Map<String, Holdings.Records> rollCalls = byLegislature(rows(em, ROLL_CALLS, "legislature_id", only));
        Map<String, Holdings.Records> legislators = byLegislature(rows(em, LEGISLATORS, "p.legislature_id", only));
        Map<String, Holdings.Records> committees = byLegislature(rows(em, COMMITTEES, "m.legislature_id", only));
        Map<String, Map<BudgetStage, Integer>> budget = new HashMap<>();
        for (BudgetRepository.LegislatureBudget b : budgets.latestByLegislature(java.util.Optional.ofNullable(only))) {
            budget.computeIfAbsent(b.legislatureId(), k -> new EnumMap<>(BudgetStage.class)).put(b.stage(), b.latestYear());
        }
        java.util.Set<String> ids = new java.util.TreeSet<>();
        ids.addAll(documents.keySet());
        ids.addAll(rollCalls.keySet());
        ids.addAll(legislators.keySet());
        ids.addAll(committees.keySet());
        ids.addAll(budget.keySet());
        Map<String, Holdings> all = new HashMap<>();
        Function<Map<String, Holdings.Records>, Function<String, Holdings.Records>> of = m -> id -> m.getOrDefault(id, Holdings.Records.NONE);
        for (String id : ids) {
            all.put(id, new Holdings(id, documents.getOrDefault(id, Map.of()), of.apply(rollCalls).apply(id), of.apply(legislators).apply(id),
                    of.apply(committees).apply(id), budget.getOrDefault(id, Map.of())));
        }
        return all;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(EntityManager em, String sql, String column, String only) {
        Query q = em.createNativeQuery(String.format(sql, only == null ? "" : " AND " + column + " = ?1"));
        if (only != null) {
            q.setParameter(1, only);
        }
        return q.getResultList();
    }

    private static Map<String, Holdings.Records> byLegislature(List<Object[]> rows) {
        Map<String, Holdings.Records> out = new HashMap<>();
        for (Object[] r : rows) {
            out.put((String) r[0], records(r, 1));
        }
        return out;
    }

    /** count, newest date, undated count from {@code r[from]}, {@code r[from + 1]}, {@code r[from + 2]}. */
    private static Holdings.Records records(Object[] r, int from) {
        return new Holdings.Records(((Number) r[from]).longValue(), date(r[from + 1]), ((Number) r[from + 2]).longValue());
    }

    static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime().toLocalDate();
        }
        if (value instanceof java.time.LocalDateTime t) {
            return t.toLocalDate();
        }
        if (value instanceof java.time.OffsetDateTime t) {
            return t.toLocalDate();
        }
        if (value instanceof java.time.Instant i) {
            return i.atZone(java.time.ZoneOffset.UTC).toLocalDate();
        }
        return LocalDate.parse(value.toString().substring(0, 10));
    }
}
