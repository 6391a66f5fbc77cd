package mx.parlamentoabierto.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import mx.parlamentoabierto.methodology.domain.Variable;
import mx.parlamentoabierto.platform.PortalTime;

/** Takes editions through their states over the API, as the team's coordinator, evaluator and reviewer would. */
final class Cycle {

    private final Team team;

    Cycle(Team team) {
        this.team = team;
    }

    private String name(String role) {
        return team.prefix + "-" + role;
    }

    /** Creates an edition in draft over the legislatures with both windows open today, and assigns them. */
    void draft(String id, List<String> legislatures, LocalDate evaluationOpens, LocalDate evaluationCloses, String names) throws Exception {
        String scope = String.join(",", legislatures.stream().map(l -> "\"" + l + "\"").toList());
        expect(201, team.as(name("coordinadora")).json("POST", "api/editions", "{\"id\":\"" + id + "\",\"title\":\"Edición " + id
                + "\",\"year\":2026,\"methodologyKey\":\"" + Team.METHODOLOGY + "\",\"legislatures\":[" + scope + "],\"evaluationWindow\":{\"opens\":\""
                + evaluationOpens + "\",\"closes\":\"" + evaluationCloses + "\"},\"replyWindow\":{\"opens\":\"" + evaluationOpens + "\",\"closes\":\""
                + PortalTime.today().plusDays(30) + "\"},\"evaluatorNames\":\"" + names + "\"}"));
        for (String l : legislatures) {
            expect(201, team.as(name("coordinadora")).json("POST", "api/editions/" + id + "/assignments",
                    "{\"legislature\":\"" + l + "\",\"evaluator\":\"" + name("evaluador") + "\",\"reviewer\":\"" + name("revisor") + "\"}"));
        }
    }

    void draft(String id, List<String> legislatures) throws Exception {
        draft(id, legislatures, PortalTime.today().minusDays(1), PortalTime.today().plusDays(30), "named");
    }

    HttpResponse<String> transition(String edition, String to) throws Exception {
        return team.as(name("coordinadora")).json("POST", "api/editions/" + edition + "/transitions", "{\"to\":\"" + to + "\"}");
    }

    /** Publishes while the reply window (open for 30 days in these editions) is still open: the audited override. */
    HttpResponse<String> publishEarly(String edition) throws Exception {
        return team.as(name("coordinadora")).json("POST", "api/editions/" + edition + "/transitions",
                "{\"to\":\"published\",\"override\":\"Prueba: todas las objeciones resueltas antes del cierre.\"}");
    }

    /** A value for each variable that depends on both ids, so legislatures differ. */
    static int valueFor(Variable v, String legislature) {
        int span = v.scale().max() - v.scale().min() + 1;
        return v.scale().min() + Math.floorMod((legislature + v.id()).hashCode(), span);
    }

    HttpResponse<String> answer(String edition, String legislature, Variable v, int value, Long version) throws Exception {
        return team.as(name("evaluador")).json("PUT", "api/editions/" + edition + "/answers/" + legislature + "/" + v.id(),
                "{\"value\":" + value + ",\"justification\":\"Revisado en el sitio oficial el " + PortalTime.today() + "\",\"evidence\":[{\"url\":"
                        + "\"https://congreso.example.mx/" + v.id() + "\",\"label\":\"Página\"}]" + (version == null ? "" : ",\"version\":" + version) + "}");
    }

    /** Answers every variable not answered yet. */
    void answerAll(String edition, String legislature, List<String> except) throws Exception {
        for (Variable v : team.methodology.variables()) {
            if (!except.contains(v.id())) {
                expect(200, answer(edition, legislature, v, valueFor(v, legislature), null));
            }
        }
    }

    void answerAll(String edition, String legislature) throws Exception {
        answerAll(edition, legislature, List.of());
    }

    void submit(String edition, String legislature) throws Exception {
        expect(200, team.as(name("evaluador")).json("POST", "api/editions/" + edition + "/answers/" + legislature + "/submit", ""));
    }

    void acceptAll(String edition, String legislature) throws Exception {
        for (Variable v : team.methodology.variables()) {
            expect(200, team.as(name("revisor")).json("POST", "api/editions/" + edition + "/answers/" + legislature + "/" + v.id() + "/review",
                    "{\"decision\":\"accept\"}"));
        }
    }

    /** An edition in reply: every answer given, handed in and accepted. */
    void inReply(String id, List<String> legislatures) throws Exception {
        draft(id, legislatures);
        expect(200, transition(id, "evaluation"));
        for (String l : legislatures) {
            answerAll(id, l);
            submit(id, l);
        }
        expect(200, transition(id, "review"));
        for (String l : legislatures) {
            acceptAll(id, l);
        }
        expect(200, transition(id, "reply"));
    }

    static void expect(int status, HttpResponse<String> answer) {
        assertEquals(status, answer.statusCode(), answer.body());
    }
}
