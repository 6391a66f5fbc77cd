package mx.parlamentoabierto.debate.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import mx.parlamentoabierto.debate.domain.Debate;
import mx.parlamentoabierto.debate.domain.DebateRepository;
import mx.parlamentoabierto.debate.domain.Speech;
import mx.parlamentoabierto.platform.persistence.Database;
import mx.parlamentoabierto.debate.domain.SpeechRole;

/**
 * Debates through JPA; speeches through JDBC on the unit of work's own connection, written in batches and read with
 * plain queries (a term holds tens of thousands of speeches: an entity each would cost more than the rows).
 */
@ApplicationScoped
public class JpaDebateRepository implements DebateRepository {

    private static final String COLUMNS = "s.debate_id, s.position, s.legislature_id, s.term_id, s.speech_date, s.role, s.speaker_label, "
            + "s.speaker_name, s.name_carried, s.person_id, s.match_method, s.unmatched_reason, s.group_id, s.guest_title, s.from_seat, "
            + "s.time_mark, s.heading, s.heading_category, s.words, s.speech_text, s.stage_directions, s.announced_yes, s.announced_no, "
            + "s.announced_abstain, s.vote_event_id";

    private Database database;

    protected JpaDebateRepository() {
        // CDI proxy
    }

    @Inject
    public JpaDebateRepository(Database database) {
        this.database = database;
    }

    private EntityManager em() {
        return database.currentEntityManager();
    }

    private Connection connection() {
        em().flush();
        return em().unwrap(Connection.class);
    }

    @Override
    public Optional<Debate> debate(String id) {
        return Optional.ofNullable(em().find(Debate.class, id));
    }

    @Override
    public void add(Debate debate) {
        em().persist(debate);
    }

    @Override
    public void replaceSpeeches(String debateId, List<Speech> speeches) {
        Connection c = connection();
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM speech WHERE debate_id = ?")) {
            delete.setString(1, debateId);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("no se pudieron borrar las intervenciones anteriores de " + debateId, e);
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO speech (" + COLUMNS.replace("s.", "")
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (Speech s : speeches) {
                int i = 1;
                insert.setString(i++, debateId);
                insert.setInt(i++, s.position());
                insert.setString(i++, s.legislatureId());
                insert.setString(i++, s.termId());
                insert.setObject(i++, java.sql.Date.valueOf(s.date()));
                insert.setString(i++, s.role().code());
                insert.setString(i++, cut(s.speakerLabel(), 300));
                insert.setString(i++, cut(s.speakerName(), 300));
                insert.setBoolean(i++, s.nameCarried());
                insert.setString(i++, s.personId());
                insert.setString(i++, s.matchMethod());
                insert.setString(i++, cut(s.unmatchedReason(), 300));
                insert.setString(i++, s.groupId());
                insert.setString(i++, cut(s.guestTitle(), 300));
                insert.setBoolean(i++, s.fromSeat());
                insert.setString(i++, s.timeMark());
                insert.setString(i++, cut(s.heading(), 500));
                insert.setString(i++, s.headingCategory());
                insert.setInt(i++, s.words());
                insert.setString(i++, s.text());
                insert.setString(i++, s.stageDirections().isEmpty() ? null : String.join("\n", s.stageDirections()));
                setInteger(insert, i++, s.announcedYes());
                setInteger(insert, i++, s.announcedNo());
                setInteger(insert, i++, s.announcedAbstain());
                insert.setString(i, s.voteEventId());
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
            throw new IllegalStateException("no se pudieron guardar las intervenciones de " + debateId + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void recordSource(String debateId, String sourceKind, String sourceUrl, Long documentId, String sha256, Instant retrievedAt) {
        Connection c = connection();
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM debate_source WHERE debate_id = ? AND source_kind = ?");
                PreparedStatement insert = c.prepareStatement("INSERT INTO debate_source (debate_id, source_kind, source_url, source_document_id, "
                        + "content_sha256, retrieved_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            delete.setString(1, debateId);
            delete.setString(2, sourceKind);
            delete.executeUpdate();
            insert.setString(1, debateId);
            insert.setString(2, sourceKind);
            insert.setString(3, cut(sourceUrl, 1000));
            if (documentId == null) {
                insert.setNull(4, Types.BIGINT);
            } else {
                insert.setLong(4, documentId);
            }
            insert.setString(5, sha256);
            insert.setTimestamp(6, Timestamp.from(retrievedAt));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("no se pudo registrar la fuente de " + debateId, e);
        }
    }

    @Override
    public List<SourceRecord> sourcesOf(String debateId) {
        return query("SELECT source_kind, source_url, source_document_id, content_sha256, retrieved_at FROM debate_source WHERE debate_id = ? "
                + "ORDER BY source_kind", List.of(debateId), r -> new SourceRecord(r.getString(1), r.getString(2),
                        r.getObject(3) == null ? null : r.getLong(3), r.getString(4), r.getTimestamp(5).toInstant()));
    }

    @Override
    public List<Speech> speechesOf(String debateId) {
        return query("SELECT " + COLUMNS + " FROM speech s WHERE s.debate_id = ? ORDER BY s.position", List.of(debateId), JpaDebateRepository::speech);
    }

    @Override
    public Page<Speech> speeches(SpeechFilter f, int offset, int limit) {
        StringBuilder where = new StringBuilder(" FROM speech s WHERE s.role <> 'acotacion'");
        List<Object> params = new ArrayList<>();
        condition(where, params, "s.legislature_id = ?", f.legislatureId());
        condition(where, params, "s.term_id = ?", f.termId());
        condition(where, params, "s.speech_date = ?", f.date() == null ? null : java.sql.Date.valueOf(f.date()));
        condition(where, params, "s.person_id = ?", f.personId());
        condition(where, params, "s.group_id = ?", f.groupId());
        condition(where, params, "s.role = ?", f.role());
        condition(where, params, "s.speech_date >= ?", f.from() == null ? null : java.sql.Date.valueOf(f.from()));
        condition(where, params, "s.speech_date <= ?", f.to() == null ? null : java.sql.Date.valueOf(f.to()));
        long total = query("SELECT COUNT(*)" + where, params, r -> r.getLong(1)).get(0);
        List<Object> paged = new ArrayList<>(params);
        paged.add(limit);
        paged.add(offset);
        // the page's keys first, then its rows: sorting thousands of rows with their texts (a legislator with 5,000
        // speeches) cost seconds; sorting their keys costs milliseconds
        List<String> keys = query("SELECT s.debate_id, s.position" + where + " ORDER BY s.speech_date DESC, s.debate_id, s.position LIMIT ? OFFSET ?",
                paged, r -> Speech.idOf(r.getString(1), r.getInt(2)));
        return new Page<>(speeches(keys), total);
    }

    @Override
    public List<Speech> unattributed(String legislatureId) {
        return query("SELECT " + COLUMNS + " FROM speech s WHERE s.legislature_id = ? AND s.person_id IS NULL AND s.unmatched_reason LIKE ? "
                + "ORDER BY s.debate_id, s.position", List.of(legislatureId, UNMATCHED_NAME + "%"), JpaDebateRepository::speech);
    }

    /** The reason a speaker's name found no single person (SpeakerAttribution's words): only those may be found later. */
    static final String UNMATCHED_NAME = "ninguna persona";

    @Override
    public void attribute(String debateId, int position, String personId, String matchMethod, String groupId) {
        update("UPDATE speech SET person_id = ?, match_method = ?, group_id = ?, unmatched_reason = NULL WHERE debate_id = ? AND position = ?",
                personId, matchMethod, groupId, debateId, position);
    }

    @Override
    public void recount(String debateId, Instant at) {
        update("UPDATE debate SET attributed_words = (SELECT COALESCE(SUM(words), 0) FROM speech WHERE debate_id = ? AND person_id IS NOT NULL), "
                + "imported_at = ? WHERE id = ?", debateId, Timestamp.from(at), debateId);
    }

    private void update(String sql, Object... params) {
        try (PreparedStatement statement = connection().prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("no se pudieron actualizar las intervenciones: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<Speech> announcing(String voteEventId) {
        return query("SELECT " + COLUMNS + " FROM speech s WHERE s.vote_event_id = ? ORDER BY s.debate_id, s.position", List.of(voteEventId),
                JpaDebateRepository::speech).stream().findFirst();
    }

    @Override
    public PersonSummary summaryOf(String personId) {
        return query("SELECT COUNT(*), COALESCE(SUM(words), 0), MIN(speech_date), MAX(speech_date) FROM speech WHERE person_id = ?", List.of(personId),
                r -> new PersonSummary(r.getInt(1), r.getLong(2), date(r, 3), date(r, 4))).get(0);
    }

    @Override
    public List<Speech> speeches(Collection<String> ids) {
        List<Speech> found = new ArrayList<>();
        for (String id : ids) {
            int colon = id.lastIndexOf(':');
            if (colon > 0) {
                found.addAll(query("SELECT " + COLUMNS + " FROM speech s WHERE s.debate_id = ? AND s.position = ?",
                        List.of(id.substring(0, colon), Integer.parseInt(id.substring(colon + 1))), JpaDebateRepository::speech));
            }
        }
        return found;
    }

    @Override
    public List<ImportStamp> importedSince(Instant since) {
        return query("SELECT id, imported_at, content_sha256 FROM debate WHERE imported_at >= ? ORDER BY imported_at", List.of(Timestamp.from(since)),
                r -> new ImportStamp(r.getString(1), r.getTimestamp(2).toInstant(), r.getString(3)));
    }

    @Override
    public List<Debate> debates(String legislatureId, LocalDate from, LocalDate to, int limit) {
        return em().createQuery("SELECT d FROM Debate d WHERE d.legislatureId = :l AND d.date >= :f AND d.date <= :t ORDER BY d.date DESC", Debate.class)
                .setParameter("l", legislatureId).setParameter("f", from).setParameter("t", to).setMaxResults(limit).getResultList();
    }

    @Override
    public List<UnmatchedSpeaker> unmatchedSpeakers(String legislatureId, String termId, int limit) {
        List<Object> params = new ArrayList<>(List.of(legislatureId));
        String term = "";
        if (termId != null) {
            term = " AND term_id = ?";
            params.add(termId);
        }
        params.add(limit);
        return query("SELECT term_id, COALESCE(speaker_name, speaker_label), unmatched_reason, COUNT(*), SUM(words) FROM speech "
                + "WHERE legislature_id = ? AND person_id IS NULL AND unmatched_reason IS NOT NULL AND role <> 'invitado' "
                + "AND unmatched_reason NOT LIKE 'miembro de la otra%'" + term
                + " GROUP BY term_id, COALESCE(speaker_name, speaker_label), unmatched_reason ORDER BY SUM(words) DESC LIMIT ?", params,
                r -> new UnmatchedSpeaker(r.getString(1), r.getString(2), r.getString(3), r.getInt(4), r.getLong(5)));
    }

    private static void condition(StringBuilder where, List<Object> params, String clause, Object value) {
        if (value != null) {
            where.append(" AND ").append(clause);
            params.add(value);
        }
    }

    private interface Row<T> {
        T read(ResultSet r) throws SQLException;
    }

    private <T> List<T> query(String sql, List<?> params, Row<T> row) {
        try (PreparedStatement statement = connection().prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                statement.setObject(i + 1, params.get(i));
            }
            List<T> rows = new ArrayList<>();
            try (ResultSet r = statement.executeQuery()) {
                while (r.next()) {
                    rows.add(row.read(r));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("consulta de intervenciones: " + e.getMessage(), e);
        }
    }

    private static Speech speech(ResultSet r) throws SQLException {
        String directions = r.getString(21);
        return new Speech(r.getString(1), r.getInt(2), r.getString(3), r.getString(4), date(r, 5), SpeechRole.fromCode(r.getString(6)),
                r.getString(7), r.getString(8), r.getBoolean(9), r.getString(10), r.getString(11), r.getString(12), r.getString(13),
                r.getString(14), r.getBoolean(15), r.getString(16), r.getString(17), r.getString(18), r.getInt(19), r.getString(20),
                directions == null ? List.of() : List.of(directions.split("\n")), integer(r, 22), integer(r, 23), integer(r, 24), r.getString(25));
    }

    private static LocalDate date(ResultSet r, int column) throws SQLException {
        java.sql.Date d = r.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static Integer integer(ResultSet r, int column) throws SQLException {
        int value = r.getInt(column);
        return r.wasNull() ? null : value;
    }

    private static void setInteger(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
