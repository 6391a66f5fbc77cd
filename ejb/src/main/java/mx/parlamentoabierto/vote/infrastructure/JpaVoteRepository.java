package mx.parlamentoabierto.vote.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import mx.parlamentoabierto.platform.persistence.Database;
import mx.parlamentoabierto.vote.domain.DeclaredTotal;
import mx.parlamentoabierto.vote.domain.Sitting;
import mx.parlamentoabierto.vote.domain.Tally;
import mx.parlamentoabierto.vote.domain.VoteEvent;
import mx.parlamentoabierto.vote.domain.VoteLine;
import mx.parlamentoabierto.vote.domain.VoteOption;
import mx.parlamentoabierto.vote.domain.VoteRepository;

/**
 * Vote events and sittings through JPA; votes through JDBC batches on the unit of work's own connection (a term
 * holds ~500,000 votes: one entity per vote would cost more than the rows themselves), read back with native queries.
 */
@ApplicationScoped
public class JpaVoteRepository implements VoteRepository {

    private Database database;

    protected JpaVoteRepository() {
        // CDI proxy
    }

    @Inject
    public JpaVoteRepository(Database database) {
        this.database = database;
    }

    private EntityManager em() {
        return database.currentEntityManager();
    }

    @Override
    public Optional<VoteEvent> event(String id) {
        return Optional.ofNullable(em().find(VoteEvent.class, id));
    }

    @Override
    public void addEvent(VoteEvent event) {
        em().persist(event);
    }

    @Override
    public Optional<Sitting> sitting(String id) {
        return Optional.ofNullable(em().find(Sitting.class, id));
    }

    @Override
    public void addSitting(Sitting sitting) {
        em().persist(sitting);
    }

    @Override
    public void replaceVotes(String eventId, List<VoteLine> votes) {
        em().flush(); // the event row the votes reference
        Connection connection = em().unwrap(Connection.class);
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM vote WHERE vote_event_id = ?")) {
            delete.setString(1, eventId);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("no se pudieron borrar los votos anteriores de " + eventId, e);
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO vote (vote_event_id, line_no, person_id, voter_name, "
                + "voter_source_id, vote_option, raw_option, group_id, match_method) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (VoteLine v : votes) {
                insert.setString(1, eventId);
                insert.setInt(2, v.line());
                setText(insert, 3, v.personId());
                insert.setString(4, v.voterName());
                setText(insert, 5, v.voterSourceId());
                insert.setString(6, v.option().name());
                setText(insert, 7, v.rawOption());
                setText(insert, 8, v.groupId());
                setText(insert, 9, v.matchMethod());
                insert.addBatch();
                if (++pending == 500) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("no se pudieron guardar los votos de " + eventId + ": " + e.getMessage(), e);
        }
    }

    private static void setText(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    @Override
    public void replaceTotals(String eventId, List<DeclaredTotal> totals) {
        em().flush();
        em().createNativeQuery("DELETE FROM vote_count WHERE vote_event_id = ?1").setParameter(1, eventId).executeUpdate();
        Set<String> seen = new LinkedHashSet<>();
        for (DeclaredTotal t : totals) {
            if (!seen.add(t.groupKey() + "|" + t.label())) {
                continue; // a page that prints the same total twice keeps the first
            }
            em().createNativeQuery("INSERT INTO vote_count (vote_event_id, group_key, label, options, declared) VALUES (?1, ?2, ?3, ?4, ?5)")
                    .setParameter(1, eventId).setParameter(2, t.groupKey()).setParameter(3, t.label())
                    .setParameter(4, String.join(",", t.options().stream().map(VoteOption::name).sorted().toList()))
                    .setParameter(5, t.declared()).executeUpdate();
        }
    }

    @Override
    public List<VoteLine> votesOf(String eventId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em().createNativeQuery("SELECT v.line_no, v.person_id, v.voter_name, v.voter_source_id, v.vote_option, "
                + "v.raw_option, v.group_id, o.name, v.match_method FROM vote v LEFT JOIN organization o ON o.id = v.group_id "
                + "WHERE v.vote_event_id = ?1 ORDER BY v.line_no").setParameter(1, eventId).getResultList();
        List<VoteLine> votes = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            votes.add(new VoteLine(eventId, ((Number) r[0]).intValue(), (String) r[1], (String) r[2], (String) r[3],
                    VoteOption.valueOf((String) r[4]), (String) r[5], (String) r[6], (String) r[7], (String) r[8]));
        }
        return votes;
    }

    @Override
    public List<DeclaredTotal> totalsOf(String eventId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em().createNativeQuery("SELECT group_key, label, options, declared FROM vote_count WHERE vote_event_id = ?1 "
                + "ORDER BY group_key, label").setParameter(1, eventId).getResultList();
        List<DeclaredTotal> totals = new ArrayList<>();
        for (Object[] r : rows) {
            Set<VoteOption> options = new LinkedHashSet<>();
            for (String o : ((String) r[2]).split(",")) {
                if (!o.isBlank()) {
                    options.add(VoteOption.valueOf(o));
                }
            }
            totals.add(new DeclaredTotal((String) r[0], (String) r[1], options, ((Number) r[3]).intValue()));
        }
        return totals;
    }

    @Override
    public Page<PersonVote> votesOfPerson(String personId, Optional<VoteOption> option, List<String> words, int offset, int limit) {
        StringBuilder where = new StringBuilder(" FROM vote v JOIN vote_event e ON e.id = v.vote_event_id WHERE v.person_id = ?1");
        List<Object> parameters = new ArrayList<>(List.of(personId));
        option.ifPresent(o -> {
            parameters.add(o.name());
            where.append(" AND v.vote_option = ?").append(parameters.size());
        });
        for (String word : words) {
            parameters.add("%" + word + "%");
            where.append(" AND e.search_title LIKE ?").append(parameters.size());
        }
        var count = em().createNativeQuery("SELECT COUNT(*)" + where);
        var select = em().createNativeQuery("SELECT e.id, e.vote_date, e.title, v.vote_option, v.raw_option, v.group_id" + where
                + " ORDER BY e.vote_date DESC, e.id DESC");
        for (int i = 0; i < parameters.size(); i++) {
            count.setParameter(i + 1, parameters.get(i));
            select.setParameter(i + 1, parameters.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = select.setFirstResult(offset).setMaxResults(limit).getResultList();
        List<PersonVote> votes = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            votes.add(new PersonVote((String) r[0], localDate(r[1]), (String) r[2], VoteOption.valueOf((String) r[3]), (String) r[4],
                    (String) r[5]));
        }
        return new Page<>(votes, ((Number) count.getSingleResult()).longValue());
    }

    private static LocalDate localDate(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return value == null ? null : LocalDate.parse(value.toString().substring(0, 10));
    }

    @Override
    public Tally tallyOfPerson(String personId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em().createNativeQuery("SELECT vote_option, COUNT(*) FROM vote WHERE person_id = ?1 GROUP BY vote_option")
                .setParameter(1, personId).getResultList();
        EnumMap<VoteOption, Integer> counts = new EnumMap<>(VoteOption.class);
        for (Object[] r : rows) {
            counts.put(VoteOption.valueOf((String) r[0]), ((Number) r[1]).intValue());
        }
        return new Tally(counts, 0);
    }

    @Override
    public List<ImportStamp> importedSince(java.time.Instant since) {
        return em().createQuery("SELECT e.id, e.importedAt, e.contentSha256 FROM VoteEvent e WHERE e.importedAt >= :since "
                + "ORDER BY e.importedAt, e.id", Object[].class).setParameter("since", since).getResultList().stream()
                .map(r -> new ImportStamp((String) r[0], (java.time.Instant) r[1], (String) r[2])).toList();
    }

    @Override
    public List<VoteEvent> events(java.util.Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em().createQuery("SELECT e FROM VoteEvent e WHERE e.id IN :ids", VoteEvent.class).setParameter("ids", ids).getResultList();
    }

    @Override
    public Page<VoteEvent> events(EventQuery q) {
        StringBuilder where = new StringBuilder(" FROM VoteEvent e WHERE e.legislatureId = :legislature");
        if (q.termId() != null) {
            where.append(" AND e.termId = :term");
        }
        if (q.from() != null) {
            where.append(" AND e.date >= :from");
        }
        if (q.to() != null) {
            where.append(" AND e.date <= :to");
        }
        for (int i = 0; i < q.words().size(); i++) {
            where.append(" AND e.searchTitle LIKE :w").append(i);
        }
        TypedQuery<Long> count = em().createQuery("SELECT COUNT(e)" + where, Long.class);
        TypedQuery<VoteEvent> select = em().createQuery("SELECT e" + where + " ORDER BY e.date DESC, e.id DESC", VoteEvent.class);
        for (TypedQuery<?> query : List.of(count, select)) {
            query.setParameter("legislature", q.legislatureId());
            if (q.termId() != null) {
                query.setParameter("term", q.termId());
            }
            if (q.from() != null) {
                query.setParameter("from", q.from());
            }
            if (q.to() != null) {
                query.setParameter("to", q.to());
            }
            for (int i = 0; i < q.words().size(); i++) {
                query.setParameter("w" + i, "%" + q.words().get(i) + "%");
            }
        }
        return new Page<>(select.setFirstResult(q.offset()).setMaxResults(q.limit()).getResultList(), count.getSingleResult());
    }

    @Override
    public List<Sitting> sittings(String legislatureId, LocalDate from, LocalDate to, int limit) {
        return em().createQuery("SELECT s FROM Sitting s WHERE s.legislatureId = :l AND s.date >= :from AND s.date <= :to "
                + "ORDER BY s.date DESC", Sitting.class).setParameter("l", legislatureId).setParameter("from", from).setParameter("to", to)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public java.util.Map<Long, String> eventsArchivedAs(java.util.Collection<Long> documentIds) {
        java.util.Map<Long, String> found = new java.util.HashMap<>();
        if (documentIds.isEmpty()) {
            return found;
        }
        List<Object[]> rows = em().createQuery("SELECT e.sourceDocumentId, e.id FROM VoteEvent e WHERE e.sourceDocumentId IN :ids", Object[].class)
                .setParameter("ids", documentIds).getResultList();
        rows.forEach(r -> found.putIfAbsent((Long) r[0], (String) r[1]));
        return found;
    }

    @Override
    public List<VoteEvent> eventsOfSitting(String sittingId) {
        return em().createQuery("SELECT e FROM VoteEvent e WHERE e.sittingId = :s ORDER BY e.identifier", VoteEvent.class)
                .setParameter("s", sittingId).getResultList();
    }

    @Override
    public List<VoteEvent> eventsWithDisagreeingCounts(String legislatureId, String termId, int limit) {
        // Native: EclipseLink writes a JPQL boolean literal as 0 on H2, which H2 2.x refuses to compare with BOOLEAN.
        @SuppressWarnings("unchecked")
        List<String> ids = em().createNativeQuery("SELECT id FROM vote_event WHERE legislature_id = ?1 AND (?2 = '' OR term_id = ?2) "
                + "AND NOT counts_agree ORDER BY vote_date DESC, id").setParameter(1, legislatureId).setParameter(2, termId == null ? "" : termId)
                .setMaxResults(limit).getResultList();
        return ids.stream().map(id -> em().find(VoteEvent.class, id)).toList();
    }

    @Override
    public List<UnmatchedVoter> unmatchedVoters(String legislatureId, String termId, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em().createNativeQuery("SELECT v.voter_name, MAX(v.voter_source_id), COUNT(*) FROM vote v "
                + "JOIN vote_event e ON e.id = v.vote_event_id WHERE e.legislature_id = ?1 AND (?2 = '' OR e.term_id = ?2) "
                + "AND v.person_id IS NULL GROUP BY v.voter_name ORDER BY COUNT(*) DESC, v.voter_name")
                .setParameter(1, legislatureId).setParameter(2, termId == null ? "" : termId).setMaxResults(limit).getResultList();
        return rows.stream().map(r -> new UnmatchedVoter((String) r[0], (String) r[1], ((Number) r[2]).longValue())).toList();
    }

    @Override
    public Optional<LocalDate> latestVote(String legislatureId, String termId) {
        LocalDate latest = em().createQuery("SELECT MAX(e.date) FROM VoteEvent e WHERE e.legislatureId = :l AND e.termId = :t", LocalDate.class)
                .setParameter("l", legislatureId).setParameter("t", termId).getSingleResult();
        return Optional.ofNullable(latest);
    }

    @Override
    public List<UnmatchedVote> unmatchedVotes(String legislatureId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em().createNativeQuery("SELECT DISTINCT e.term_id, v.voter_name, v.voter_source_id FROM vote v "
                + "JOIN vote_event e ON e.id = v.vote_event_id WHERE e.legislature_id = ?1 AND v.person_id IS NULL")
                .setParameter(1, legislatureId).getResultList();
        return rows.stream().map(r -> new UnmatchedVote((String) r[0], (String) r[1], (String) r[2])).toList();
    }

    @Override
    public int assignPerson(String legislatureId, UnmatchedVote voter, String personId, String method) {
        String events = "SELECT e.id FROM vote_event e WHERE e.legislature_id = ?4 AND " + (voter.termId() == null ? "e.term_id IS NULL" : "e.term_id = ?5");
        String sameVoter = "v.person_id IS NULL AND v.voter_name = ?3 AND " + (voter.voterSourceId() == null ? "v.voter_source_id IS NULL"
                : "v.voter_source_id = ?6");
        var recount = em().createNativeQuery("UPDATE vote_event SET unmatched_count = unmatched_count - (SELECT COUNT(*) FROM vote v "
                + "WHERE v.vote_event_id = vote_event.id AND " + sameVoter + ") WHERE id IN (" + events + ")");
        var update = em().createNativeQuery("UPDATE vote v SET person_id = ?1, match_method = ?2 WHERE " + sameVoter
                + " AND v.vote_event_id IN (" + events + ")");
        update.setParameter(1, personId).setParameter(2, method);
        for (var q : List.of(recount, update)) {
            q.setParameter(3, voter.voterName()).setParameter(4, legislatureId);
            if (voter.termId() != null) {
                q.setParameter(5, voter.termId());
            }
            if (voter.voterSourceId() != null) {
                q.setParameter(6, voter.voterSourceId());
            }
        }
        recount.executeUpdate();
        return update.executeUpdate();
    }
}
