package mx.parlamentoabierto.portal;

import static mx.parlamentoabierto.portal.PortalClient.object;
import static mx.parlamentoabierto.portal.PortalClient.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import mx.parlamentoabierto.evaluation.application.SnapshotDocument;
import mx.parlamentoabierto.methodology.domain.Aggregation;
import mx.parlamentoabierto.methodology.domain.Methodology;
import mx.parlamentoabierto.methodology.domain.Variable;
import mx.parlamentoabierto.scoring.domain.LegislatureScore;
import mx.parlamentoabierto.scoring.domain.ScoringEngine;
import mx.parlamentoabierto.searchnode.testing.SearchNodeExtension;
import mx.parlamentoabierto.platform.PortalTime;

/**
 * The evaluation cycle on the deployed portal (real Elasticsearch node, file-backed H2): accounts created by the
 * administrator, an edition taken from draft to a published snapshot whose ranking anyone can recompute, the right
 * of reply, corrections as revisions, bad input named by field, optimistic locking, sign-in sessions and CSRF.
 */
@ExtendWith(SearchNodeExtension.class)
@ExtendWith(ArquillianExtension.class)
class EvaluationIT {

        static final String METHODOLOGY = Team.METHODOLOGY;
    /** Prefix of this class's accounts (each test class deploys the portal anew on the same database). */
    static final String P = "it-";

    @ArquillianResource
    URL url;

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war")
                .importFrom(new File(System.getProperty("parlamento.test.war"))).as(WebArchive.class);
    }

    private static Team team;

    synchronized Team team() throws Exception {
        if (team == null) {
            team = new Team(base(), "it");
        }
        return team;
    }

    URI base() throws Exception {
        return url.toURI();
    }

    private Cycle cycle() throws Exception {
        return new Cycle(team());
    }

    String edition(String id, List<String> legislatures, LocalDate evaluationOpens, LocalDate evaluationCloses) throws Exception {
        cycle().draft(id, legislatures, evaluationOpens, evaluationCloses, "pseudonymous");
        return id;
    }

    String edition(String id, List<String> legislatures) throws Exception {
        return edition(id, legislatures, PortalTime.today().minusDays(1), PortalTime.today().plusDays(30));
    }

    HttpResponse<String> transition(String edition, String to) throws Exception {
        return cycle().transition(edition, to);
    }

    HttpResponse<String> answer(String edition, String legislature, Variable v, int value, Long version) throws Exception {
        return cycle().answer(edition, legislature, v, value, version);
    }

    void answerAll(String edition, String legislature) throws Exception {
        cycle().answerAll(edition, legislature);
    }

    void acceptAll(String edition, String legislature) throws Exception {
        cycle().acceptAll(edition, legislature);
    }

    @Test
    void anEditionGoesFromDraftToAPublishedSnapshotWhoseRankingAnyoneCanRecompute() throws Exception {
        Team t = team();
        String id = edition("ciclo-completo", List.of("sonora", "yucatan"));
        PortalClient coordinator = t.as(P + "coordinadora");
        PortalClient evaluator = t.as(P + "evaluador");
        PortalClient reviewer = t.as(P + "revisor");
        PortalClient anonymous = PortalClient.anonymous(base());

        assertEquals(404, anonymous.get("api/editions/" + id).statusCode(), "a draft does not exist for the public");
        assertEquals(404, anonymous.get("api/editions/" + id + "/rankings").statusCode());
        assertEquals(404, anonymous.get("clasificacion.xhtml?edicion=" + id).statusCode());
        assertFalse(anonymous.get("api/editions").body().contains(id));
        assertEquals(409, transition(id, "review").statusCode(), "states follow their order");
        assertEquals(200, transition(id, "evaluation").statusCode());

        answerAll(id, "sonora");
        HttpResponse<String> early = evaluator.json("POST", "api/editions/" + id + "/answers/yucatan/submit", "");
        assertEquals(409, early.statusCode());
        assertTrue(object(early).getString("detail").contains("Faltan 95 variables"), early.body());
        answerAll(id, "yucatan");
        assertEquals(409, transition(id, "review").statusCode(), "nothing handed in yet");
        for (String l : List.of("sonora", "yucatan")) {
            assertEquals(200, evaluator.json("POST", "api/editions/" + id + "/answers/" + l + "/submit", "").statusCode());
        }
        assertEquals(200, transition(id, "review").statusCode());

        // one answer comes back with a comment; the evaluator corrects it and hands it in again
        Variable returned = t.methodology.variables().get(3);
        HttpResponse<String> noComment = reviewer.json("POST", "api/editions/" + id + "/answers/sonora/" + returned.id() + "/review", "{\"decision\":\"return\"}");
        assertEquals(400, noComment.statusCode());
        assertEquals("comment", object(noComment).getString("field"));
        assertEquals(200, reviewer.json("POST", "api/editions/" + id + "/answers/sonora/" + returned.id() + "/review",
                "{\"decision\":\"return\",\"comment\":\"La evidencia no muestra el horario.\"}").statusCode());
        for (Variable v : t.methodology.variables()) {
            if (!v.equals(returned)) {
                reviewer.json("POST", "api/editions/" + id + "/answers/sonora/" + v.id() + "/review", "{\"decision\":\"accept\"}");
            }
        }
        acceptAll(id, "yucatan");
        assertEquals(409, transition(id, "reply").statusCode(), "a returned answer is not accepted yet");
        JsonObject sheet = object(evaluator.get("api/editions/" + id + "/answers/sonora"));
        JsonObject back = sheet.getJsonArray("answers").stream().map(JsonValue::asJsonObject)
                .filter(a -> a.getString("variable").equals(returned.id())).findFirst().orElseThrow();
        assertEquals("returned", back.getString("status"));
        assertEquals("La evidencia no muestra el horario.", back.getJsonArray("reviews").getJsonObject(0).getString("comment"));
        int corrected = returned.scale().max();
        assertEquals(200, answer(id, "sonora", returned, corrected, back.getJsonNumber("version").longValue()).statusCode());
        assertEquals(200, evaluator.json("POST", "api/editions/" + id + "/answers/sonora/submit", "").statusCode());
        assertEquals(200, reviewer.json("POST", "api/editions/" + id + "/answers/sonora/" + returned.id() + "/review", "{\"decision\":\"accept\"}").statusCode());
        assertEquals(200, transition(id, "reply").statusCode());

        // right of reply: staff of Sonora see Sonora's accepted answers only and object to one
        PortalClient sonora = t.as(P + "personal-sonora");
        JsonObject own = object(sonora.get("api/editions/" + id + "/answers/sonora"));
        assertEquals(95, own.getJsonArray("answers").size());
        assertEquals(403, sonora.get("api/editions/" + id + "/answers/yucatan").statusCode(), "another legislature's answers stay closed");
        assertEquals(404, sonora.get("api/editions/" + id + "/rankings").statusCode(), "staff are not assigned: no rankings before publication");
        Variable objected = t.methodology.variables().get(0);
        HttpResponse<String> objection = sonora.json("POST", "api/editions/" + id + "/answers/sonora/" + objected.id() + "/objections",
                "{\"argument\":\"El directorio se publica en la sección de transparencia.\",\"evidence\":[{\"url\":\"https://congresoson.gob.mx/transparencia\"}]}");
        assertEquals(201, objection.statusCode(), objection.body());
        assertEquals(403, t.as(P + "personal-yucatan").json("POST", "api/editions/" + id + "/answers/sonora/" + objected.id() + "/objections",
                "{\"argument\":\"ajeno\"}").statusCode(), "staff of another legislature cannot object for Sonora");
        assertEquals(409, transition(id, "published").statusCode(), "an open objection holds publication");
        long objectionId = object(objection).getJsonNumber("id").longValue();
        int changed = objected.scale().max();
        HttpResponse<String> resolution = reviewer.json("POST", "api/editions/" + id + "/objections/" + objectionId + "/resolution",
                "{\"outcome\":\"answer-changed\",\"reason\":\"La evidencia de la legislatura es suficiente.\",\"value\":" + changed
                        + ",\"justification\":\"Directorio publicado (objeción aceptada).\"}");
        assertEquals(200, resolution.statusCode(), resolution.body());

        HttpResponse<String> whileReplyOpen = transition(id, "published");
        assertEquals(409, whileReplyOpen.statusCode(), "the reply window is open for 30 more days: " + whileReplyOpen.body());
        assertEquals("override", object(whileReplyOpen).getString("field"));
        assertTrue(object(whileReplyOpen).getString("detail").contains("réplica"), whileReplyOpen.body());
        HttpResponse<String> published = cycle().publishEarly(id);
        assertEquals(200, published.statusCode(), published.body());
        String sha = object(published).getString("snapshotSha256");

        // the snapshot is public, its SHA-256 is the hash of the text served, and it recomputes to the same ranking
        HttpResponse<String> snapshot = anonymous.get("api/editions/" + id + "/snapshot");
        assertEquals(200, snapshot.statusCode());
        assertEquals(sha, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(snapshot.body().getBytes(StandardCharsets.UTF_8))));
        assertEquals(sha, snapshot.headers().firstValue("X-Content-SHA256").orElseThrow());
        JsonObject ranking = object(anonymous.get("api/editions/" + id + "/rankings"));
        assertEquals(sha, ranking.getString("snapshotSha256"), "the ranking names the snapshot it comes from");
        assertEquals(2, ranking.getJsonArray("rows").size(), "an edition ranks the legislatures in its scope");
        Map<String, Map<String, Integer>> values = SnapshotDocument.values(snapshot.body());
        assertEquals(changed, values.get("sonora").get(objected.id()), "the resolution changed the published answer");
        assertEquals(corrected, values.get("sonora").get(returned.id()));
        for (JsonValue row : ranking.getJsonArray("rows")) {
            String legislature = row.asJsonObject().getString("legislatureId");
            LegislatureScore recomputed = ScoringEngine.score(legislature, t.methodology, values.get(legislature), Aggregation.fromName("pooled").orElseThrow());
            assertEquals(Math.round(recomputed.overall() * 100) / 100.0, row.asJsonObject().getJsonNumber("overall").doubleValue(), 1e-9, legislature);
        }
        // a published edition of two legislatures does not become the portal's face by itself, and says it is partial
        String home = anonymous.get("index.xhtml").body();
        assertFalse(home.contains("<p class=\"big\">Edición " + id), "the home page shows the headline edition, not the newest published");
        assertTrue(home.contains("Edición " + id + "</a> (2026 · parcial 2/34)"), "listed among the others, partial");
        String partialRanking = anonymous.get("clasificacion.xhtml?edicion=" + id).body();
        assertTrue(partialRanking.contains("Edición parcial") && partialRanking.contains("Evalúa 2 de 34 instituciones"), "partial, and over what");
        String defaultRanking = anonymous.get("clasificacion.xhtml").body();
        assertFalse(defaultRanking.contains("· Edición " + id + " ·"), "the default ranking's table is not the partial edition's");
        HttpResponse<String> veracruz = anonymous.get("legislatura.xhtml?id=veracruz");
        assertEquals(200, veracruz.statusCode(), "a legislature outside the newest edition still has its page");
        assertEquals(200, anonymous.get("legislatura.xhtml?id=senado").statusCode());
        JsonObject scope = ranking.getJsonObject("scope");
        assertTrue(scope.getBoolean("partial"), scope.toString());
        assertEquals(2, scope.getInt("evaluated"));
        assertEquals(34, scope.getInt("registry"));
        JsonObject parsedSnapshot = object(snapshot);
        assertEquals(1, parsedSnapshot.getJsonArray("objections").size(), "objections are published with the edition");
        assertEquals("answer-changed", parsedSnapshot.getJsonArray("objections").getJsonObject(0).getString("outcome"));
        String rankingPage = anonymous.get("clasificacion.xhtml?edicion=" + id).body();
        assertTrue(rankingPage.contains(sha), "the ranking page shows the fingerprint");
        assertTrue(rankingPage.indexOf(sha) > rankingPage.indexOf("</table>") && rankingPage.indexOf("id=\"descargas\"") > rankingPage.indexOf("</table>"),
                "integrity details and downloads after the table, where auditors look for them, not as a banner on top");
        String scorecard = anonymous.get("legislatura.xhtml?edicion=" + id + "&id=sonora").body();
        assertFalse(scorecard.contains("No cumple: No cumple") || scorecard.contains("Cumple: Cumple"), "an answer's label is not repeated");
        assertTrue(scorecard.contains("id=\"integridad\""));

        // published: no writes; a correction is a new revision and the old one stays readable
        assertEquals(409, answer(id, "sonora", objected, 0, 99L).statusCode());
        HttpResponse<String> noNote = coordinator.json("POST", "api/editions/" + id + "/revisions", "{\"corrections\":[]}");
        assertEquals(400, noNote.statusCode());
        assertEquals("note", object(noNote).getString("field"));
        HttpResponse<String> revision = coordinator.json("POST", "api/editions/" + id + "/revisions", "{\"note\":\"Fe de erratas: P1.02 de Yucatán.\","
                + "\"corrections\":[{\"legislature\":\"yucatan\",\"variable\":\"P1.02\",\"value\":0,\"justification\":\"Corregido tras revisar el archivo.\"}]}");
        assertEquals(201, revision.statusCode(), revision.body());
        assertEquals(2, object(revision).getInt("revision"));
        assertNotEquals(sha, object(revision).getString("sha256"));
        HttpResponse<String> first = anonymous.get("api/editions/" + id + "/snapshot?revision=1");
        assertEquals(sha, first.headers().firstValue("X-Content-SHA256").orElseThrow(), "revision 1 stays readable as it was");
        assertEquals(2, parse(anonymous.get("api/editions/" + id + "/snapshots")).asJsonArray().size());
        assertEquals(0, SnapshotDocument.values(anonymous.get("api/editions/" + id + "/snapshot").body()).get("yucatan").get("P1.02"));

        // history is public after publication, with pseudonyms as the edition says; the audit log has every change
        JsonArray history = parse(anonymous.get("api/editions/" + id + "/answers/sonora/" + returned.id() + "/history")).asJsonArray();
        assertEquals(2, history.size());
        assertEquals("Evaluador 1", history.getJsonObject(0).getString("author"));
        assertEquals(401, anonymous.get("api/editions/" + id + "/audit").statusCode(), "the audit log needs an account");
        assertEquals(403, evaluator.get("api/editions/" + id + "/audit").statusCode());
        JsonArray audit = parse(coordinator.get("api/editions/" + id + "/audit?limit=1000")).asJsonArray();
        List<String> actions = audit.stream().map(e -> e.asJsonObject().getString("action")).toList();
        for (String action : List.of("edition.created", "assignment.created", "edition.transition", "answer.saved", "assignment.submitted",
                "answer.reviewed", "objection.filed", "objection.resolved", "answer.changed-by-objection", "edition.published-early", "edition.published",
                "answer.corrected",
                "edition.revised")) {
            assertTrue(actions.contains(action), action + " in " + actions.stream().distinct().toList());
        }
        JsonObject reviewEntry = audit.stream().map(JsonValue::asJsonObject).filter(e -> e.getString("action").equals("answer.reviewed")).findFirst().orElseThrow();
        assertEquals(P + "revisor", reviewEntry.getString("actor"));
        assertEquals("submitted", reviewEntry.getJsonObject("before").getString("status"));
        assertFalse(reviewEntry.getString("address").isBlank());
    }

    @Test
    void aLegislatureHandedInIsReviewedWhileAnotherIsStillBeingAnswered() throws Exception {
        Team t = team();
        String id = edition("revision-temprana", List.of("sonora", "yucatan"));
        PortalClient evaluator = t.as(P + "evaluador");
        PortalClient reviewer = t.as(P + "revisor");
        assertEquals(200, transition(id, "evaluation").statusCode());
        answerAll(id, "sonora");
        Variable first = t.methodology.variables().get(0);
        HttpResponse<String> notYet = reviewer.json("POST", "api/editions/" + id + "/answers/sonora/" + first.id() + "/review", "{\"decision\":\"accept\"}");
        assertEquals(409, notYet.statusCode(), "not handed in yet");
        assertTrue(object(notYet).getString("detail").contains("aún no se entrega"), notYet.body());
        assertFalse(object(reviewer.get("api/editions/" + id + "/answers/sonora")).getBoolean("reviewOpen", true),
                "the sheet says review is not open, so pages show no buttons");

        assertEquals(200, evaluator.json("POST", "api/editions/" + id + "/answers/sonora/submit", "").statusCode());
        // Yucatán is still being answered; Sonora is reviewed now, in the evaluation state
        assertEquals("evaluation", object(t.as(P + "coordinadora").get("api/editions/" + id)).getString("state"));
        assertTrue(object(reviewer.get("api/editions/" + id + "/answers/sonora")).getBoolean("reviewOpen"));
        Variable second = t.methodology.variables().get(1);
        assertEquals(200, reviewer.json("POST", "api/editions/" + id + "/answers/sonora/" + second.id() + "/review",
                "{\"decision\":\"return\",\"comment\":\"Falta la fecha de la publicación.\"}").statusCode());
        HttpResponse<String> rest = reviewer.json("POST", "api/editions/" + id + "/answers/sonora/accept-rest", "");
        assertEquals(200, rest.statusCode(), rest.body());
        assertEquals(t.methodology.variables().size() - 1, object(rest).getInt("accepted"), "every answer but the returned one");
        Map<String, Long> byStatus = new HashMap<>();
        object(reviewer.get("api/editions/" + id + "/answers/sonora")).getJsonArray("answers").forEach(a ->
                byStatus.merge(a.asJsonObject().getString("status"), 1L, Long::sum));
        assertEquals(Map.of("accepted", (long) t.methodology.variables().size() - 1, "returned", 1L), byStatus);
        assertEquals(0, object(reviewer.json("POST", "api/editions/" + id + "/answers/sonora/accept-rest", "")).getInt("accepted"),
                "nothing left: accepting the rest again changes nothing");
        assertEquals(409, reviewer.json("POST", "api/editions/" + id + "/answers/yucatan/accept-rest", "").statusCode(),
                "Yucatán is not handed in");
        assertEquals(403, t.as(P + "evaluador").json("POST", "api/editions/" + id + "/answers/sonora/accept-rest", "").statusCode(),
                "only the assigned reviewer");

        // "Mi trabajo" data: the returned answer is named for the evaluator
        JsonObject sonora = parse(evaluator.get("api/editions/" + id + "/assignments")).asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(a -> a.getString("legislature").equals("sonora")).findFirst().orElseThrow();
        assertEquals(List.of(second.id()), sonora.getJsonArray("returnedVariables").getValuesAs(jakarta.json.JsonString::getString));
    }

    @Test
    void badInputIsA4xxProblemThatNamesTheFieldAndStoresNothing() throws Exception {
        Team t = team();
        String id = edition("entradas-malas", List.of("sonora"));
        assertEquals(200, transition(id, "evaluation").statusCode());
        String path = "api/editions/" + id + "/answers/sonora/";
        Map<String, String[]> cases = new LinkedHashMap<>();
        cases.put("P1.01|{\"value\":7,\"justification\":\"x\"}", new String[] {"400", "value"});
        cases.put("P9.99|{\"value\":1,\"justification\":\"x\"}", new String[] {"404", "variableId"});
        cases.put("P1.01|{\"value\":1}", new String[] {"400", "justification"});
        cases.put("P1.01|{\"value\":1,\"justification\":\"" + "x".repeat(4001) + "\"}", new String[] {"400", "justification"});
        cases.put("P1.01|{\"value\":1,\"justification\":\"x\",\"evidence\":[{\"url\":\"ftp://congreso.example.mx/a\"}]}", new String[] {"400", "evidence[0].url"});
        cases.put("P1.01|{\"value\":1,\"justification\":\"x\",\"evidence\":[{\"documentId\":999999999}]}", new String[] {"400", "evidence[0].documentId"});
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 11; i++) {
            many.append(i == 0 ? "" : ",").append("{\"url\":\"https://congreso.example.mx/").append(i).append("\"}");
        }
        cases.put("P1.01|{\"value\":1,\"justification\":\"x\",\"evidence\":[" + many + "]}", new String[] {"400", "evidence"});
        for (Map.Entry<String, String[]> c : cases.entrySet()) {
            String[] parts = c.getKey().split("\\|", 2);
            HttpResponse<String> r = t.as(P + "evaluador").json("PUT", path + parts[0], parts[1]);
            assertEquals(Integer.parseInt(c.getValue()[0]), r.statusCode(), c.getKey().substring(0, Math.min(80, c.getKey().length())) + " → " + r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            assertEquals(c.getValue()[1], object(r).getString("field"), r.body());
        }
        HttpResponse<String> unknownLegislature = t.as(P + "evaluador").json("PUT", "api/editions/" + id + "/answers/atlantida/P1.01", "{\"value\":1,\"justification\":\"x\"}");
        assertEquals(404, unknownLegislature.statusCode());
        assertEquals("legislatureId", object(unknownLegislature).getString("field"));
        assertEquals(0, object(t.as(P + "evaluador").get(path.substring(0, path.length() - 1))).getJsonArray("answers").size(), "nothing was stored");

        HttpResponse<String> badTransition = t.as(P + "coordinadora").json("POST", "api/editions/" + id + "/transitions", "{\"to\":\"publicada\"}");
        assertEquals(400, badTransition.statusCode());
        assertEquals("to", object(badTransition).getString("field"));
        HttpResponse<String> outOfOrder = transition(id, "published");
        assertEquals(409, outOfOrder.statusCode());
        assertEquals("to", object(outOfOrder).getString("field"));
        HttpResponse<String> badWindow = t.as(P + "coordinadora").json("POST", "api/editions", "{\"id\":\"ventana-invertida\",\"title\":\"x\",\"year\":2026,"
                + "\"methodologyKey\":\"" + METHODOLOGY + "\",\"legislatures\":[\"sonora\"],\"evaluationWindow\":{\"opens\":\"2026-12-31\",\"closes\":\"2026-01-01\"},"
                + "\"replyWindow\":{\"opens\":\"2027-01-01\",\"closes\":\"2027-02-01\"}}");
        assertEquals(400, badWindow.statusCode());
        assertEquals("evaluationWindow", object(badWindow).getString("field"));
        HttpResponse<String> badDate = t.as(P + "coordinadora").json("POST", "api/editions", "{\"id\":\"fecha-mala\",\"title\":\"x\",\"year\":2026,"
                + "\"methodologyKey\":\"" + METHODOLOGY + "\",\"legislatures\":[\"sonora\"],\"evaluationWindow\":{\"opens\":\"31/12/2026\",\"closes\":\"2027-01-01\"}}");
        assertEquals("evaluationWindow.opens", object(badDate).getString("field"));

        String closed = edition("ventana-cerrada", List.of("sonora"), PortalTime.today().minusDays(30), PortalTime.today().minusDays(1));
        assertEquals(200, transition(closed, "evaluation").statusCode());
        HttpResponse<String> late = answer(closed, "sonora", t.methodology.variables().get(0), 1, null);
        assertEquals(409, late.statusCode());
        assertEquals("window", object(late).getString("field"));
        assertTrue(object(late).getString("detail").contains("Fuera de la ventana de evaluación"), late.body());

        HttpResponse<String> selfReview = t.as(P + "coordinadora").json("POST", "api/editions/" + id + "/assignments",
                "{\"legislature\":\"sonora\",\"evaluator\":\"" + P + "evaluador\",\"reviewer\":\"" + P + "evaluador\"}");
        assertEquals(400, selfReview.statusCode(), "nobody reviews their own answers");
        assertEquals(404, t.as(P + "evaluadora-2").json("PUT", path + "P1.01", "{\"value\":1,\"justification\":\"x\"}").statusCode(),
                "for an evaluator not assigned to it, an unpublished edition does not exist");
    }

    @Test
    void aStaleWriteIs409AndTheOtherPersonsChangeSurvives() throws Exception {
        Team t = team();
        String id = edition("escritura-vieja", List.of("sonora"));
        transition(id, "evaluation");
        Variable v = t.methodology.variables().get(5);
        JsonObject first = object(answer(id, "sonora", v, v.scale().min(), null));
        long version = first.getJsonNumber("version").longValue();
        assertEquals(200, answer(id, "sonora", v, v.scale().max(), version).statusCode(), "one tab saves");
        HttpResponse<String> stale = answer(id, "sonora", v, v.scale().min(), version);
        assertEquals(409, stale.statusCode(), "the other tab, still on the old version, is refused");
        assertTrue(object(stale).getString("detail").contains("Otra persona cambió esta respuesta"), stale.body());
        HttpResponse<String> withoutVersion = answer(id, "sonora", v, v.scale().min(), null);
        assertEquals(409, withoutVersion.statusCode(), "an existing answer is never overwritten blind");
        JsonObject kept = object(t.as(P + "evaluador").get("api/editions/" + id + "/answers/sonora")).getJsonArray("answers").getJsonObject(0);
        assertEquals(v.scale().max(), kept.getInt("value"));
    }

    @Test
    void accountsHaveRolesPasswordsFollowThePolicyAndTokensCanBeRevoked() throws Exception {
        Team t = team();
        PortalClient coordinator = t.as(P + "coordinadora");
        assertEquals(403, coordinator.json("POST", "api/users", "{\"name\":\"intrusa\",\"roles\":[\"admin\"]}").statusCode(), "only admins create accounts");
        assertEquals(401, PortalClient.anonymous(base()).json("POST", "api/users", "{\"name\":\"intrusa\",\"roles\":[\"admin\"]}").statusCode());
        PortalClient admin = t.as(P + "admin");
        HttpResponse<String> staffWithout = admin.json("POST", "api/users", "{\"name\":\"sin-legislatura\",\"roles\":[\"staff\"]}");
        assertEquals(400, staffWithout.statusCode());
        assertEquals("legislature", object(staffWithout).getString("field"));
        assertEquals("roles", object(admin.json("POST", "api/users", "{\"name\":\"rol-raro\",\"roles\":[\"jefa\"]}")).getString("field"));
        HttpResponse<String> multi = admin.json("POST", "api/users", "{\"name\":\"" + P + "varios-roles\",\"roles\":[\"evaluator\",\"reviewer\"]}");
        assertEquals(201, multi.statusCode());
        assertEquals(List.of("evaluator", "reviewer"), object(multi).getJsonObject("user").getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        assertEquals(20, object(multi).getString("password").length());
        assertFalse(admin.get("api/users").body().contains(object(multi).getString("password")), "the password is shown once, never listed");

        String password = object(multi).getString("password");
        PortalClient basic = PortalClient.basic(base(), P + "varios-roles", password);
        HttpResponse<String> common = basic.json("POST", "api/me/password", "{\"current\":\"" + password + "\",\"password\":\"contraseña123\"}");
        assertEquals(400, common.statusCode());
        assertEquals("password", object(common).getString("field"));
        assertEquals(400, basic.json("POST", "api/me/password", "{\"current\":\"" + password + "\",\"password\":\"corta\"}").statusCode());
        assertEquals(204, basic.json("POST", "api/me/password", "{\"current\":\"" + password + "\",\"password\":\"una frase larga y propia 2026\"}").statusCode());
        assertEquals(401, basic.get("api/me").statusCode(), "the old password no longer works");
        assertEquals(200, PortalClient.basic(base(), P + "varios-roles", "una frase larga y propia 2026").get("api/me").statusCode());

        HttpResponse<String> issued = PortalClient.basic(base(), P + "varios-roles", "una frase larga y propia 2026").json("POST", "api/me/tokens", "{\"label\":\"script\"}");
        String secret = object(issued).getString("secret");
        long tokenId = object(issued).getJsonObject("token").getJsonNumber("id").longValue();
        PortalClient bearer = PortalClient.bearer(base(), secret);
        assertEquals(P + "varios-roles", object(bearer.get("api/me")).getString("name"));
        assertFalse(bearer.get("api/me/tokens").body().contains(secret), "only the token's prefix is listed");
        assertEquals(404, t.as(P + "evaluador").json("DELETE", "api/me/tokens/" + tokenId, null).statusCode(), "nobody revokes another's token");
        assertEquals(204, bearer.json("DELETE", "api/me/tokens/" + tokenId, null).statusCode());
        assertEquals(401, bearer.get("api/me").statusCode(), "a revoked token is refused");

        // an administrator changes roles and deactivates; the account's own admin role cannot be dropped by itself
        PortalClient again = PortalClient.bearer(base(), object(PortalClient.basic(base(), "it-varios-roles", "una frase larga y propia 2026")
                .json("POST", "api/me/tokens", "{\"label\":\"otro\"}")).getString("secret"));
        HttpResponse<String> changed = admin.json("PUT", "api/users/it-varios-roles", "{\"roles\":[\"reviewer\"],\"active\":true}");
        assertEquals(200, changed.statusCode(), changed.body());
        assertEquals("[\"reviewer\"]", object(again.get("api/me")).getJsonArray("roles").toString(), "the new roles count at once");
        assertEquals(200, admin.json("PUT", "api/users/it-varios-roles", "{\"roles\":[\"reviewer\"],\"active\":false}").statusCode());
        assertEquals(401, again.get("api/me").statusCode(), "a deactivated account's tokens stop working");
        assertEquals(400, admin.json("PUT", "api/users/" + P + "admin", "{\"roles\":[\"coordinator\"],\"active\":true}").statusCode());
    }

    @Test
    void signingInStartsANewHttpOnlySameSiteSessionAndEveryFormCarriesTheCsrfToken() throws Exception {
        Team t = team();
        PortalClient browser = PortalClient.anonymous(base());
        HttpResponse<String> home = browser.get("index.xhtml");
        assertTrue(home.headers().allValues("Set-Cookie").isEmpty(), "public pages give no session");
        HttpResponse<String> wrong = browser.signIn(P + "evaluador", "no-es-la-clave", "/trabajo/index.xhtml");
        assertEquals(401, wrong.statusCode());
        assertTrue(wrong.body().contains("Usuario o contraseña incorrectos"), wrong.body());
        HttpResponse<String> signedIn = browser.signIn(P + "evaluador", t.passwords.get(P + "evaluador"), "/trabajo/index.xhtml");
        assertEquals(302, signedIn.statusCode());
        String cookie = signedIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID")).findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly") && cookie.toLowerCase(java.util.Locale.ROOT).contains("samesite=lax"), cookie);
        assertTrue(signedIn.headers().firstValue("Location").orElse("").endsWith("/trabajo/index.xhtml"));
        String firstSession = browser.sessionId();
        browser.refreshCsrf();
        assertNotNull(browser.csrf());
        HttpResponse<String> again = browser.signIn(P + "evaluador", t.passwords.get(P + "evaluador"), "https://evil.example/");
        assertEquals(302, again.statusCode());
        assertTrue(again.headers().firstValue("Location").orElse("").endsWith("/trabajo/index.xhtml"), "never back to another site");
        assertNotEquals(firstSession, browser.sessionId(), "signing in changes the session id");
        browser.refreshCsrf();

        String id = edition("sesion-csrf", List.of("sonora"));
        transition(id, "evaluation");
        String body = "{\"value\":1,\"justification\":\"Desde la sesión\"}";
        HttpResponse<String> forged = browser.send("PUT", "api/editions/" + id + "/answers/sonora/P1.01", body, "application/json", false);
        assertEquals(403, forged.statusCode(), "a cross-site write with the session cookie but no token is refused");
        assertEquals(200, browser.json("PUT", "api/editions/" + id + "/answers/sonora/P1.01", body).statusCode());
        HttpResponse<String> basicWithoutHeader = PortalClient.anonymous(base()).send("POST", "api/me/tokens", "{\"label\":\"x\"}", "application/json");
        assertEquals(401, basicWithoutHeader.statusCode());

        assertEquals(403, browser.send("POST", "salir", "", "application/x-www-form-urlencoded", false).statusCode(), "sign-out needs the token too");
        HttpResponse<String> out = browser.postForm("salir", Map.of("_csrf", browser.csrf()));
        assertEquals(302, out.statusCode());
        HttpResponse<String> after = browser.get("trabajo/index.xhtml");
        assertEquals(302, after.statusCode(), "signed out: work pages send to the sign-in page");
        assertTrue(after.headers().firstValue("Location").orElse("").contains("/entrar.xhtml?volver="));
    }

    @Test
    void theFirstStartWritesOneDemoAccountPerRoleAndThePracticeEditionIsOpen() throws Exception {
        Path file = Path.of(System.getProperty("parlamento.test.data.dir"), "demo-accounts.txt");
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(java.nio.file.Files.getPosixFilePermissions(file)),
                "the passwords file is the owner's only");
        Map<String, String[]> byRole = new HashMap<>();
        for (String line : java.nio.file.Files.readAllLines(file)) {
            if (!line.startsWith("#")) {
                String[] cells = line.split("\t", -1);
                byRole.put(cells[2], cells);
            }
        }
        assertEquals(Set.of("admin", "coordinator", "evaluator", "reviewer", "staff"), byRole.keySet());
        String[] evaluator = byRole.get("evaluator");
        JsonArray editions = parse(PortalClient.basic(base(), evaluator[0], evaluator[1]).get("api/editions")).asJsonArray();
        assertTrue(editions.stream().anyMatch(e -> e.asJsonObject().getString("id").equals("ejercicio-2026")
                && e.asJsonObject().getString("state").equals("evaluation")), editions.toString());
        assertEquals("sonora", byRole.get("staff")[3]);
    }

    @Test
    void theUsersCommandCreatesAnAccountOnTheRunningPortalAndPrintsItsPasswordOnce() throws Exception {
        team();
        ProcessBuilder command = new ProcessBuilder(CliProcess.command("users", "add", P + "desde-cli", "--role", "evaluator", "reviewer",
                "--url", base().toString())).redirectErrorStream(true);
        command.environment().put("PARLAMENTO_ADMIN_PASSWORD", Team.ADMIN_PASSWORD);
        Process process = command.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
        java.util.regex.Matcher password = java.util.regex.Pattern.compile("contraseña \\(se muestra solo esta vez\\): (\\S+)").matcher(output);
        assertTrue(password.find(), output);
        JsonObject me = object(PortalClient.basic(base(), P + "desde-cli", password.group(1)).get("api/me"));
        assertEquals("[\"evaluator\",\"reviewer\"]", me.getJsonArray("roles").toString());
        ProcessBuilder refused = new ProcessBuilder(CliProcess.command("users", "add", P + "rol-raro", "--role", "jefa", "--url",
                base().toString())).redirectErrorStream(true);
        refused.environment().put("PARLAMENTO_ADMIN_PASSWORD", Team.ADMIN_PASSWORD);
        Process bad = refused.start();
        String why = new String(bad.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(1, bad.waitFor());
        assertTrue(why.contains("Rol desconocido 'jefa'"), why);
    }

    @Test
    void failedSignInsThroughTheFormAreThrottledPerAccount() throws Exception {
        team();
        // through 127.0.0.1, the proxy trusted by default, as a client of its own: other tests' sign-ins are not slowed
        PortalClient browser = PortalClient.anonymous(URI.create("http://127.0.0.1:" + url.getPort() + url.getPath())).from("203.0.113.41");
        int status = 0;
        String body = "";
        for (int i = 0; i < 6 && !body.contains("espere"); i++) {
            HttpResponse<String> r = browser.signIn(P + "personal-yucatan", "adivinanza-" + i, "/");
            status = r.statusCode();
            body = r.body();
        }
        assertEquals(429, status, "a throttled attempt is refused as such, with Retry-After, before any hash is computed");
        assertTrue(body.contains("Demasiados intentos fallidos; espere"), body);
    }
}
