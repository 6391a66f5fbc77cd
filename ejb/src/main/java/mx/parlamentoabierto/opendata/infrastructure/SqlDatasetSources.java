package mx.parlamentoabierto.opendata.infrastructure;

import static mx.parlamentoabierto.opendata.domain.DatasetColumn.of;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import mx.parlamentoabierto.budget.domain.BudgetStage;
import mx.parlamentoabierto.budget.domain.EconomicClass;
import mx.parlamentoabierto.compliance.application.ComplianceService;
import mx.parlamentoabierto.compliance.domain.ComplianceStatus;
import mx.parlamentoabierto.document.domain.DocumentStatus;
import mx.parlamentoabierto.document.domain.DocumentType;
import mx.parlamentoabierto.methodology.application.MethodologyCatalog;
import mx.parlamentoabierto.methodology.domain.Aggregation;
import mx.parlamentoabierto.methodology.domain.Basis;
import mx.parlamentoabierto.methodology.domain.Methodology;
import mx.parlamentoabierto.methodology.domain.Principle;
import mx.parlamentoabierto.methodology.domain.Variable;
import mx.parlamentoabierto.opendata.application.DatasetSource;
import mx.parlamentoabierto.opendata.application.DatasetSource.RowSink;
import mx.parlamentoabierto.opendata.application.DatasetSources;
import mx.parlamentoabierto.opendata.domain.DatasetColumn;
import mx.parlamentoabierto.opendata.domain.DatasetDefinition;
import mx.parlamentoabierto.platform.persistence.Database;
import mx.parlamentoabierto.scoring.application.EditionRanking;
import mx.parlamentoabierto.scoring.application.RankRobustnessService;
import mx.parlamentoabierto.scoring.application.RankingService;
import mx.parlamentoabierto.scoring.domain.Edition;
import mx.parlamentoabierto.scoring.domain.PrincipleScore;
import mx.parlamentoabierto.scoring.domain.RankRobustness;
import mx.parlamentoabierto.scoring.domain.RankedScore;
import mx.parlamentoabierto.vote.domain.VoteOption;

/**
 * The portal's datasets, read from the database. Large tables are read in keyset pages of {@value #PAGE} rows, each in
 * its own short transaction, so a 500,000-vote dump never holds more than a page; every dataset has a fingerprint of
 * a count and a latest change that the builder compares. Column names follow Popolo for people, memberships and votes.
 */
@ApplicationScoped
public class SqlDatasetSources implements DatasetSources {

    static final int PAGE = 5_000;

    private Database database;
    private RankingService rankings;
    private RankRobustnessService robustness;
    private MethodologyCatalog methodologies;
    private ComplianceService compliance;

    protected SqlDatasetSources() {
        // CDI proxy
    }

    @Inject
    public SqlDatasetSources(Database database, RankingService rankings, RankRobustnessService robustness, MethodologyCatalog methodologies,
            ComplianceService compliance) {
        this.database = database;
        this.rankings = rankings;
        this.robustness = robustness;
        this.methodologies = methodologies;
        this.compliance = compliance;
    }

    @Override
    public List<DatasetSource> all() {
        return List.of(documents(), legislators(), memberships(), voteEvents(), votes(), speeches(), budgets(), answers(), rankingsSource(), scores(),
                methodology(), complianceSource());
    }

    private static List<String> codes(Object[] values) {
        return Arrays.stream(values).map(v -> v instanceof DocumentType t ? t.code() : v instanceof VoteOption o ? o.code()
                : v instanceof BudgetStage s ? s.code() : v instanceof EconomicClass c ? c.code() : v instanceof ComplianceStatus c ? c.code()
                : v instanceof Aggregation a ? a.jsonName() : String.valueOf(v)).toList();
    }

    /** A source defined by its columns, a fingerprint query and a row reader. */
    private record Source(DatasetDefinition definition, java.util.function.Supplier<String> fingerprinter,
            java.util.function.Consumer<RowSink> reader) implements DatasetSource {
        @Override
        public String fingerprint() {
            return fingerprinter.get();
        }

        @Override
        public void rows(RowSink sink) {
            reader.accept(sink);
        }
    }

    private static void readLargeText(Object[] row) {
        for (int i = 0; i < row.length; i++) {
            if (row[i] instanceof java.sql.Clob clob) {
                try {
                    row[i] = clob.getSubString(1, (int) clob.length());
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException("no se pudo leer un texto largo: " + e.getMessage(), e);
                }
            }
        }
    }

    private String fingerprint(String... sql) {
        try (Database.Unit unit = database.open()) {
            EntityManager em = database.currentEntityManager();
            StringBuilder out = new StringBuilder();
            for (String q : sql) {
                Object r = em.createNativeQuery(q).getSingleResult();
                out.append(r instanceof Object[] a ? Arrays.toString(a) : String.valueOf(r)).append('|');
            }
            unit.commit();
            return out.toString();
        }
    }

    /**
     * Reads {@code sql} (which selects the keyset key first, then the columns, and takes the last key as parameter 1) in
     * pages until a page comes back short; each page in its own transaction.
     */
    private void pages(String sql, Object firstKey, RowSink sink) {
        Object[] after = {firstKey};
        while (true) {
            List<Object[]> page;
            try (Database.Unit unit = database.open()) {
                Query q = database.currentEntityManager().createNativeQuery(sql + " FETCH FIRST " + PAGE + " ROWS ONLY");
                q.setParameter(1, after[0]);
                @SuppressWarnings("unchecked")
                List<Object[]> rows = q.getResultList();
                rows.forEach(SqlDatasetSources::readLargeText); // a CLOB is read while its transaction is open
                page = rows;
                unit.commit();
            }
            for (Object[] r : page) {
                sink.row(Arrays.copyOfRange(r, 1, r.length));
                after[0] = r[0];
            }
            if (page.size() < PAGE) {
                return;
            }
        }
    }

    private DatasetSource documents() {
        DatasetDefinition d = new DatasetDefinition("documents", "Documentos del archivo", "Los metadatos de cada documento del archivo "
                + "(no su texto): legislatura, tipo, fecha (y de dónde se dedujo cuando el documento no la traía), título, origen, versión, archivo "
                + "original con su SHA-256, estado de la extracción y páginas leídas por OCR.", List.of(
                of("id", "integer", "Identificador permanente del documento en el portal (documento.xhtml?id=)."),
                of("legislature_id", "string", "Legislatura a la que pertenece (id del registro de legislaturas)."),
                of("type", "string", "Tipo de documento.").allowed(codes(DocumentType.values())),
                of("date", "date", "Fecha del documento (AAAA-MM-DD); vacía si no se conoce."),
                of("date_source", "string", "De dónde se dedujo la fecha cuando quien lo subió no la dio; vacío si la dio."),
                of("type_source", "string", "De dónde se dedujo el tipo cuando quien lo subió no lo dio; vacío si lo dio."),
                of("title", "string", "Título."),
                of("identifier", "string", "Número o clave del documento en su fuente (número de gaceta, expediente…)."),
                of("source_url", "string", "Dirección http(s) de donde proviene."),
                of("version", "integer", "Versión: 1, o más si la misma fuente publicó contenido nuevo."),
                of("is_current", "boolean", "Verdadero si es la versión vigente de su fuente."),
                of("original_file_name", "string", "Nombre del archivo original."),
                of("media_type", "string", "Formato del archivo (tipo MIME)."),
                of("size", "integer", "Tamaño del archivo original.").unit("bytes"),
                of("sha256", "string", "SHA-256 del archivo original (hexadecimal)."),
                of("status", "string", "Estado de la extracción.").allowed(codes(DocumentStatus.values())),
                of("pages", "integer", "Páginas, según los metadatos del archivo."),
                of("ocr_pages", "string", "Páginas leídas por reconocimiento óptico de caracteres (\"1-3,7\"); vacío si ninguna."),
                of("parent_document_id", "integer", "Documento del que se desempacó (archivo comprimido, correo, buzón); vacío si se subió solo."),
                of("received_at", "datetime", "Cuándo lo recibió el portal (UTC).")));
        return new Source(d, () -> fingerprint("SELECT COUNT(*), MAX(updated_at) FROM document"),
                sink -> pages("SELECT id, id, legislature_id, document_type, document_date, date_source, type_source, title, identifier, source_url, "
                        + "version_number, is_current, original_file_name, media_type, size_bytes, sha256, status, meta_page_count, ocr_pages, "
                        + "parent_document_id, received_at FROM document WHERE id > ?1 ORDER BY id", 0L, row -> {
                            row[2] = DocumentType.valueOf((String) row[2]).code();
                            sink.row(row);
                        }));
    }

    private DatasetSource legislators() {
        DatasetDefinition d = new DatasetDefinition("legislators", "Legisladores (Popolo: persons)", "Cada persona de los registros de "
                + "legisladores importados, con los nombres de campo de Popolo.", List.of(
                of("id", "string", "Identificador de la persona en el portal: legislatura, dos puntos y el id de su fuente."),
                of("legislature_id", "string", "Legislatura."),
                of("name", "string", "Nombre completo."),
                of("sort_name", "string", "Nombre para ordenar (apellidos, nombres)."),
                of("given_name", "string", "Nombres."),
                of("family_name", "string", "Apellidos."),
                of("gender", "string", "Género, como lo da la fuente."),
                of("birth_date", "string", "Fecha de nacimiento (AAAA, AAAA-MM o AAAA-MM-DD)."),
                of("image", "string", "Dirección de su fotografía."),
                of("email", "string", "Correo institucional.")));
        return new Source(d, () -> fingerprint("SELECT COUNT(*), MAX(updated_at) FROM person"),
                sink -> pages("SELECT id, id, legislature_id, name, sort_name, given_name, family_name, gender, birth_date, image, email "
                        + "FROM person WHERE id > ?1 ORDER BY id", "", sink));
    }

    private DatasetSource memberships() {
        DatasetDefinition d = new DatasetDefinition("memberships", "Membresías (Popolo: memberships)", "Cada membresía de una persona en un "
                + "órgano (cámara, grupo parlamentario, comisión), con su cargo, escaño, distrito y periodo.", List.of(
                of("id", "string", "Identificador de la membresía."),
                of("legislature_id", "string", "Legislatura."),
                of("person_id", "string", "Persona (legislators.id)."),
                of("organization_id", "string", "Órgano."),
                of("organization_name", "string", "Nombre del órgano."),
                of("organization_classification", "string", "Clase de órgano (legislature, party, committee…)."),
                of("on_behalf_of_id", "string", "Grupo parlamentario por el que ocupa el cargo."),
                of("post_id", "string", "Escaño o cargo."),
                of("area_id", "string", "Área (distrito, circunscripción, estado)."),
                of("area_name", "string", "Nombre del área."),
                of("role", "string", "Papel (diputado, presidente de comisión…)."),
                of("label", "string", "Etiqueta de la fuente."),
                of("legislative_period_id", "string", "Periodo legislativo (LXII…)."),
                of("start_date", "string", "Inicio (AAAA-MM-DD)."),
                of("end_date", "string", "Fin (AAAA-MM-DD).")));
        return new Source(d, () -> fingerprint("SELECT COUNT(*) FROM membership", "SELECT COUNT(*), MAX(updated_at) FROM organization"),
                sink -> pages("SELECT m.id, m.id, m.legislature_id, m.person_id, m.organization_id, o.name, o.classification, m.on_behalf_of_id, "
                        + "m.post_id, m.area_id, a.name, m.role, m.label, m.term_id, m.start_date, m.end_date FROM membership m "
                        + "JOIN organization o ON o.id = m.organization_id LEFT JOIN area a ON a.id = m.area_id WHERE m.id > ?1 ORDER BY m.id", "", sink));
    }

    private DatasetSource voteEvents() {
        List<DatasetColumn> columns = new ArrayList<>(List.of(
                of("id", "string", "Identificador de la votación: legislatura, periodo y número en su fuente."),
                of("legislature_id", "string", "Legislatura."),
                of("legislative_period_id", "string", "Periodo legislativo."),
                of("identifier", "string", "Número o clave de la votación en su fuente."),
                of("start_date", "date", "Fecha."),
                of("title", "string", "Asunto votado, como lo publica la fuente."),
                of("period", "string", "Periodo de sesiones."),
                of("result", "string", "Resultado, como lo da la fuente.")));
        for (VoteOption o : VoteOption.values()) {
            columns.add(of("count_" + o.code(), "integer", "Votos «" + o.code() + "» contados en la lista de la votación.").unit("votos"));
        }
        columns.addAll(List.of(of("unmatched", "integer", "Votantes que no se identificaron con ninguna persona (se conservan con su nombre).")
                .unit("votantes"), of("counts_agree", "boolean", "Verdadero si los totales impresos por la fuente coinciden con la lista."),
                of("source_url", "string", "Página de origen."),
                of("source_document_id", "integer", "Copia archivada de la página de origen (documents.id).")));
        DatasetDefinition d = new DatasetDefinition("vote-events", "Votaciones nominales (Popolo: vote events)",
                "Cada votación nominal con sus conteos por sentido del voto y su fuente.", columns);
        return new Source(d, () -> fingerprint("SELECT COUNT(*), MAX(imported_at) FROM vote_event"),
                sink -> pages("SELECT id, id, legislature_id, term_id, identifier, vote_date, title, period, result, yes_count, no_count, abstain_count, "
                        + "absent_count, excused_count, not_voting_count, present_count, paired_count, other_count, unmatched_count, counts_agree, "
                        + "source_url, source_document_id FROM vote_event WHERE id > ?1 ORDER BY id", "", sink));
    }

    private DatasetSource votes() {
        DatasetDefinition d = new DatasetDefinition("votes", "Votos (Popolo: votes)", "El voto de cada persona en cada votación nominal; el sentido "
                + "conserva las distinciones de la fuente (la inasistencia justificada no es una falta).", List.of(
                of("vote_event_id", "string", "Votación (vote-events.id)."),
                of("date", "date", "Fecha de la votación."),
                of("legislature_id", "string", "Legislatura."),
                of("line", "integer", "Renglón del votante en la lista publicada."),
                of("voter_id", "string", "Persona (legislators.id); vacío si el votante no se identificó."),
                of("voter_name", "string", "Nombre del votante como aparece en la lista."),
                of("option", "string", "Sentido del voto.").allowed(codes(VoteOption.values())),
                of("raw_option", "string", "Las palabras de la fuente para el sentido del voto."),
                of("group_id", "string", "Grupo parlamentario del votante."),
                of("match", "string", "Cómo se identificó al votante (id, name…).")));
        return new Source(d, () -> fingerprint("SELECT COUNT(*) FROM vote", "SELECT MAX(imported_at) FROM vote_event"),
                sink -> pages("SELECT v.id, v.vote_event_id, e.vote_date, e.legislature_id, v.line_no, v.person_id, v.voter_name, LOWER(v.vote_option), "
                        + "v.raw_option, v.group_id, v.match_method FROM vote v JOIN vote_event e ON e.id = v.vote_event_id WHERE v.id > ?1 ORDER BY v.id",
                        0L, sink));
    }

    private DatasetSource speeches() {
        DatasetDefinition d = new DatasetDefinition("speeches", "Intervenciones (Popolo: speeches)", "Cada intervención de los debates de las "
                + "sesiones, leída de su versión estenográfica o del Diario de los Debates: quién habló (la persona cuando se identificó con certeza), "
                + "en qué papel, qué dijo y cuántas palabras; las acotaciones no son palabras de nadie.", List.of(
                of("sitting_id", "string", "Sesión y su debate (debates.id)."),
                of("position", "integer", "Orden de la intervención en la sesión."),
                of("date", "date", "Fecha de la sesión."),
                of("legislature_id", "string", "Legislatura."),
                of("term", "string", "Periodo legislativo (LX…)."),
                of("role", "string", "Papel en que habló.").allowed(List.of("presidencia", "secretaria", "legislador", "invitado", "colectivo", "acotacion")),
                of("speaker_name", "string", "Nombre como lo imprime la transcripción (o el último impreso para ese cargo)."),
                of("person_id", "string", "Persona (legislators.id); vacío si no se identificó con certeza."),
                of("group_id", "string", "Grupo parlamentario de la persona en esa fecha."),
                of("guest_title", "string", "Para un invitado: qué es (Secretario de Gobernación, ciudadana…)."),
                of("from_seat", "boolean", "Habló desde su curul."),
                of("time", "string", "Hora que da la transcripción (HH:MM)."),
                of("heading", "string", "Punto del orden del día bajo el que se dijo."),
                of("words", "integer", "Palabras dichas (sin las acotaciones)."),
                of("text", "string", "Lo dicho; párrafos separados por una línea en blanco."),
                of("vote_event_id", "string", "Votación cuyo resultado se anunció en esta intervención (vote-events.id)."),
                of("unmatched_reason", "string", "Por qué el orador no se identificó con una persona.")));
        return new Source(d, () -> fingerprint("SELECT COUNT(*), MAX(id) FROM speech", "SELECT COUNT(*), MAX(imported_at) FROM debate"),
                sink -> pages("SELECT id, debate_id, position, speech_date, legislature_id, term_id, role, speaker_name, person_id, group_id, guest_title, "
                        + "from_seat, time_mark, heading, words, speech_text, vote_event_id, unmatched_reason FROM speech WHERE id > ?1 ORDER BY id",
                        0L, sink));
    }

    private DatasetSource budgets() {
        DatasetDefinition d = new DatasetDefinition("budgets", "Presupuestos", "Cada línea de presupuesto: cuerpo (legislatura u otro), año, "
                + "etapa, clase económica y programa, con su archivo de origen.", List.of(
                of("body_id", "string", "Cuerpo con presupuesto: una legislatura (su id) u otro que la fuente reporta aparte."),
                of("legislature_id", "string", "Legislatura, si el cuerpo es una."),
                of("year", "integer", "Año del presupuesto."),
                of("stage", "string", "Etapa: aprobado, modificado, devengado, pagado (ejercido).").allowed(codes(BudgetStage.values())),
                of("economic_class", "string", "Clase económica del gasto.").allowed(codes(EconomicClass.values())),
                of("programme", "string", "Clave del programa; vacío si la fuente no desglosa el cuerpo por programas."),
                of("programme_name", "string", "Nombre del programa."),
                of("amount", "number", "Importe.").unit("pesos mexicanos corrientes (MXN)"),
                of("source_file", "string", "Archivo del que se leyó."),
                of("source_document_id", "integer", "Copia archivada del archivo de origen (documents.id).")));
        return new Source(d, () -> fingerprint("SELECT COUNT(*), MAX(id) FROM budget_line", "SELECT COUNT(*), MAX(imported_at) FROM budget_source"),
                sink -> pages("SELECT l.id, l.body_id, b.legislature_id, l.budget_year, l.stage, l.economic_class, l.programme_code, l.programme_name, "
                        + "l.amount, s.file_name, s.document_id FROM budget_line l JOIN budget_body b ON b.id = l.body_id JOIN budget_source s "
                        + "ON s.id = l.source_id WHERE l.id > ?1 ORDER BY l.id", 0L, sink));
    }

    private String editionsFingerprint() {
        return fingerprint("SELECT COUNT(*), MAX(published_at) FROM edition_snapshot",
                "SELECT COUNT(*), MAX(a.updated_at) FROM answer a JOIN edition e ON e.id = a.edition_id WHERE e.state = 'PUBLISHED'",
                "SELECT COUNT(*), MAX(recorded_at) FROM answer_review", "SELECT COUNT(*), MAX(filed_at), MAX(resolved_at) FROM objection");
    }

    private DatasetSource answers() {
        DatasetDefinition d = new DatasetDefinition("answers", "Respuestas de las evaluaciones publicadas", "Cada respuesta de cada edición "
                + "publicada: valor, justificación, evidencia, la decisión de la revisión y las objeciones de la legislatura con su resolución.",
                List.of(of("edition_id", "string", "Edición."),
                        of("demo", "boolean", "Verdadero para la edición de demostración (datos generados, no una evaluación)."),
                        of("methodology", "string", "Metodología y versión (id@versión)."),
                        of("legislature_id", "string", "Legislatura evaluada."),
                        of("variable_id", "string", "Variable de la metodología (P3.14…)."),
                        of("value", "integer", "Valor en la escala de la variable."),
                        of("justification", "string", "Justificación escrita por quien evaluó."),
                        of("evidence", "string", "Evidencia: cada enlace como dirección | etiqueta | fecha de consulta | SHA-256 de la copia, separados por « ; »."),
                        of("status", "string", "Estado de la respuesta.").allowed(List.of("draft", "submitted", "accepted", "returned")),
                        of("review_decision", "string", "Última decisión de la revisión.").allowed(List.of("accept", "return")),
                        of("review_comment", "string", "Comentario de esa decisión."),
                        of("objections", "integer", "Objeciones que la legislatura presentó a esta respuesta."),
                        of("objection_outcomes", "string", "Resolución de cada objeción (upheld, changed, pending…), separadas por « ; »."),
                        of("updated_at", "datetime", "Último cambio de la respuesta (UTC).")));
        return new Source(d, this::editionsFingerprint, sink -> {
            AnswerPages complete = new AnswerPages(sink);
            pages("SELECT a.id, a.id, a.edition_id, e.demo, e.methodology_key, a.legislature_id, a.variable_id, a.answer_value, a.justification, "
                    + "a.status, a.updated_at FROM answer a JOIN edition e ON e.id = a.edition_id WHERE e.state = 'PUBLISHED' AND a.id > ?1 ORDER BY a.id",
                    0L, complete);
            complete.flush();
        });
    }

    /**
     * Adds evidence, the latest review and the objections to each page of answers ({@code id, edition, demo, methodology,
     * legislature, variable, value, justification, status, updated}): the evidence one query per page, the reviews and
     * objections (a few per legislature) read once for the whole build.
     */
    private final class AnswerPages implements DatasetSource.RowSink {
        private final DatasetSource.RowSink sink;
        private final List<Object[]> buffer = new ArrayList<>();
        private Map<String, String[]> reviews;
        private Map<String, List<String>> objections;

        AnswerPages(DatasetSource.RowSink sink) {
            this.sink = sink;
        }

        @Override
        public void row(Object[] r) {
            buffer.add(r);
            if (buffer.size() == PAGE) {
                flush();
            }
        }

        /** The latest review and every objection of each answer (edition|legislature|variable), once. */
        private void loadReviewsAndObjections() {
            reviews = new HashMap<>();
            objections = new HashMap<>();
            try (Database.Unit unit = database.open()) {
                EntityManager em = database.currentEntityManager();
                for (Object[] e : rowsOf(em.createNativeQuery("SELECT edition_id, legislature_id, variable_id, decision, comment FROM answer_review "
                        + "ORDER BY recorded_at, id"), List.of())) {
                    reviews.put(e[0] + "|" + e[1] + "|" + e[2], new String[] {text(e[3]).toLowerCase(java.util.Locale.ROOT), (String) e[4]});
                }
                for (Object[] e : rowsOf(em.createNativeQuery("SELECT edition_id, legislature_id, variable_id, outcome FROM objection ORDER BY id"),
                        List.of())) {
                    objections.computeIfAbsent(e[0] + "|" + e[1] + "|" + e[2], k -> new ArrayList<>()).add(text(e[3]).toLowerCase(java.util.Locale.ROOT));
                }
                unit.commit();
            }
        }

        void flush() {
            if (buffer.isEmpty()) {
                return;
            }
            if (reviews == null) {
                loadReviewsAndObjections();
            }
            List<Object[]> page = new ArrayList<>(buffer);
            buffer.clear();
            List<Long> ids = new ArrayList<>();
            page.forEach(r -> ids.add(((Number) r[0]).longValue()));
            Map<Long, String> evidence = new HashMap<>();
            try (Database.Unit unit = database.open()) {
                for (Object[] e : rowsOf(database.currentEntityManager().createNativeQuery("SELECT answer_id, url, label, retrieved_at, content_sha256, document_id FROM "
                        + "answer_evidence WHERE answer_id IN (" + placeholders(ids.size()) + ") ORDER BY answer_id, link_order"), ids)) {
                    String link = String.join(" | ", e[1] == null ? "/documento.xhtml?id=" + e[5] : String.valueOf(e[1]), text(e[2]), text(e[3]),
                            text(e[4]));
                    evidence.merge(((Number) e[0]).longValue(), link, (a, b) -> a + " ; " + b);
                }
                unit.commit();
            }
            for (Object[] r : page) {
                String key = r[1] + "|" + r[4] + "|" + r[5];
                String[] review = reviews.get(key);
                List<String> filed = objections.getOrDefault(key, List.of());
                sink.row(new Object[] {r[1], r[2], r[3], r[4], r[5], r[6], r[7], evidence.get(((Number) r[0]).longValue()),
                        text(r[8]).toLowerCase(java.util.Locale.ROOT), review == null ? null : review[0], review == null ? null : review[1],
                        filed.size(), filed.isEmpty() ? null : String.join(" ; ", filed), r[9]});
            }
        }
    }

    private static String text(Object value) {
        return value == null ? "" : mx.parlamentoabierto.opendata.application.DatasetFiles.text(value);
    }

    private static String placeholders(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            s.append(i == 1 ? "" : ",").append('?').append(i);
        }
        return s.toString();
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rowsOf(Query q, List<?> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            q.setParameter(i + 1, parameters.get(i));
        }
        return q.getResultList();
    }

    /** The public editions: published (and the flagged demonstration edition). */
    private List<Edition> publicEditions() {
        return rankings.editions();
    }

    private DatasetSource rankingsSource() {
        DatasetDefinition d = new DatasetDefinition("rankings", "Clasificaciones de las ediciones publicadas", "El lugar y el puntaje de cada "
                + "legislatura en cada edición publicada, bajo cada forma de agregar, y la robustez del lugar bajo pesos aleatorios de los principios "
                + "(sorteos con semilla: cualquiera obtiene los mismos números).", List.of(
                of("edition_id", "string", "Edición."),
                of("demo", "boolean", "Verdadero para la edición de demostración."),
                of("aggregation", "string", "Forma de agregar las variables en el puntaje general.").allowed(codes(Aggregation.values())),
                of("is_default", "boolean", "Verdadero para la agregación de la metodología (la que publica la edición)."),
                of("legislature_id", "string", "Legislatura."),
                of("rank", "integer", "Lugar (los empates comparten lugar: 1, 2, 2, 4)."),
                of("tied", "boolean", "Verdadero si comparte el lugar."),
                of("overall", "number", "Puntaje general.").unit("por ciento"),
                of("answered", "integer", "Variables respondidas."),
                of("total", "integer", "Variables de la metodología."),
                of("rank_min", "integer", "Mejor lugar bajo las tres agregaciones y los sorteos de pesos (solo en la agregación de la edición)."),
                of("rank_max", "integer", "Peor lugar bajo las tres agregaciones y los sorteos de pesos."),
                of("rank_p5", "integer", "Lugar en el percentil 5 de los sorteos."),
                of("rank_p95", "integer", "Lugar en el percentil 95 de los sorteos."),
                of("moves90", "integer", "En 90 % de los sorteos el lugar cambia a lo más esta cantidad de posiciones."),
                of("draws", "integer", "Sorteos de pesos."),
                of("seed", "integer", "Semilla de los sorteos.")));
        return new Source(d, this::editionsFingerprint, sink -> {
            for (Edition edition : publicEditions()) {
                Aggregation byDefault = rankings.ranking(edition.id(), Optional.empty()).aggregation();
                RankRobustness.Result robust = robustness.of(edition.id());
                Map<String, RankRobustness.Range> ranges = new HashMap<>();
                robust.ranges().forEach(r -> ranges.put(r.legislatureId(), r));
                for (Aggregation a : Aggregation.values()) {
                    EditionRanking ranking = rankings.ranking(edition.id(), Optional.of(a));
                    for (RankedScore r : ranking.rows()) {
                        RankRobustness.Range range = a == byDefault ? ranges.get(r.score().legislatureId()) : null;
                        sink.row(new Object[] {edition.id(), edition.demo(), a.jsonName(), a == byDefault, r.score().legislatureId(), r.rank(), r.tied(),
                                round(r.score().overall()), r.score().answered(), r.score().total(), range == null ? null : range.min(),
                                range == null ? null : range.max(), range == null ? null : range.p5(), range == null ? null : range.p95(),
                                range == null ? null : range.moves90(), range == null ? null : robust.draws(), range == null ? null : robust.seed()});
                    }
                }
            }
        });
    }

    private static BigDecimal round(double percent) {
        return BigDecimal.valueOf(percent).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private DatasetSource scores() {
        DatasetDefinition d = new DatasetDefinition("scores", "Puntajes por principio", "El puntaje de cada legislatura en cada principio de "
                + "cada edición publicada.", List.of(
                of("edition_id", "string", "Edición."),
                of("demo", "boolean", "Verdadero para la edición de demostración."),
                of("legislature_id", "string", "Legislatura."),
                of("principle", "integer", "Número del principio."),
                of("percent", "number", "Puntaje del principio.").unit("por ciento"),
                of("met", "number", "Variables cumplidas (ponderadas)."),
                of("answered", "integer", "Variables respondidas."),
                of("total", "integer", "Variables del principio.")));
        return new Source(d, this::editionsFingerprint, sink -> {
            for (Edition edition : publicEditions()) {
                for (RankedScore r : rankings.ranking(edition.id(), Optional.empty()).rows()) {
                    for (PrincipleScore p : r.score().principles()) {
                        sink.row(new Object[] {edition.id(), edition.demo(), r.score().legislatureId(), p.principle(), round(p.percent()), p.met(),
                                p.answered(), p.total()});
                    }
                }
            }
        });
    }

    private DatasetSource methodology() {
        DatasetDefinition d = new DatasetDefinition("methodology", "Metodologías", "Cada variable de cada versión congelada de cada metodología: "
                + "su principio, texto, guía de evidencia, escala, peso y fundamento.", List.of(
                of("methodology", "string", "Metodología y versión (id@versión)."),
                of("principle", "integer", "Número del principio."),
                of("principle_name", "string", "Nombre del principio."),
                of("variable_id", "string", "Variable."),
                of("text", "string", "Lo que la variable pregunta."),
                of("evidence_guidance", "string", "Qué evidencia la satisface."),
                of("scale", "string", "Escala de la variable."),
                of("scale_min", "integer", "Valor mínimo de la escala."),
                of("scale_max", "integer", "Valor máximo de la escala."),
                of("weight", "number", "Peso de la variable."),
                of("basis", "string", "Fundamento (leyes, declaraciones), separados por « ; ».")));
        return new Source(d, () -> fingerprint("SELECT COUNT(*), MAX(frozen_at) FROM methodology_version"), sink -> {
            for (Methodology m : methodologies.all()) {
                for (Principle p : m.principles()) {
                    for (Variable v : p.variables()) {
                        sink.row(new Object[] {m.key(), p.number(), p.name(), v.id(), v.text(), v.evidence(), v.scale().id(), v.scale().min(),
                                v.scale().max(), v.weight(), String.join(" ; ", v.basis().stream().map(Basis::citation).toList())});
                    }
                }
            }
        });
    }

    private DatasetSource complianceSource() {
        DatasetDefinition d = new DatasetDefinition("compliance", "Cumplimiento de obligaciones de transparencia", "El estado de cada obligación de "
                + "la LGTAIP 2025 en cada legislatura, calculado con lo que el portal tiene el día de la construcción.", List.of(
                of("legislature_id", "string", "Legislatura."),
                of("catalog", "string", "Catálogo de obligaciones."),
                of("catalog_version", "string", "Versión del catálogo."),
                of("as_of", "date", "Fecha del cálculo."),
                of("obligation", "string", "Obligación (artículo-fracción)."),
                of("status", "string", "Estado.").allowed(codes(ComplianceStatus.values())),
                of("latest_evidence", "date", "Fecha de la evidencia más reciente."),
                of("current_until", "date", "Hasta cuándo la evidencia más fresca es vigente.")));
        // the statuses depend on the date as well as on the data: the fingerprint names the day
        return new Source(d, () -> mx.parlamentoabierto.platform.PortalTime.today() + "|" + fingerprint("SELECT COUNT(*), MAX(updated_at) FROM document",
                "SELECT COUNT(*), MAX(imported_at) FROM vote_event", "SELECT COUNT(*), MAX(updated_at) FROM person", "SELECT COUNT(*) FROM budget_line"),
                sink -> {
                    for (ComplianceService.Dashboard dash : compliance.all(Optional.empty())) {
                        for (ComplianceService.Line l : dash.lines()) {
                            sink.row(new Object[] {dash.legislature().id(), dash.catalog().id(), dash.catalog().version(), dash.asOf(), l.obligation().id(),
                                    l.status().code(), l.latest(), l.currentUntil()});
                        }
                    }
                });
    }
}
