package mx.parlamentoabierto.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;

import mx.parlamentoabierto.platform.interfaces.rest.ApiApplication;
import mx.parlamentoabierto.searchnode.testing.SearchNodeExtension;

/**
 * Who may do what, as one table: every JAX-RS endpoint, every servlet and every page of the WAR × every role (the
 * public, admin, coordinator, evaluator and reviewer of Sonora, staff of Sonora, staff of another legislature) × every
 * edition state. The endpoints and pages are enumerated from the build itself (the resource classes, the servlet
 * classes, the .xhtml files); one missing from the table fails the test, so a new one cannot escape it.
 *
 * <p>Allowed means the request got past authorization (any answer but 401, 403, 404 and the sign-in redirect; the
 * bodies sent are invalid on purpose, so an allowed write answers 400 or 409 and changes nothing). Denied means 401,
 * 403, or 404 where the edition must not be seen to exist.
 */
@ExtendWith(SearchNodeExtension.class)
@ExtendWith(ArquillianExtension.class)
class AuthorizationMatrixIT {

    enum Who { PUBLIC, ADMIN, COORDINATOR, EVALUATOR, REVIEWER, STAFF, STAFF_OTHER }

    enum State { DRAFT, EVALUATION, REVIEW, REPLY, PUBLISHED }

    enum Verdict { ALLOW, DENY, ALLOW_OR_404 }

    interface Rule {
        Verdict of(Who who, State state);
    }

    /** One row: what to send, and who may. Paths use {e} (edition), {o} (objection of that edition). */
    record Row(String method, String path, String body, boolean page, Rule rule) {
    }

    @ArquillianResource
    URL url;

    @Deployment(testable = false)
    static WebArchive portal() {
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war")
                .importFrom(new File(System.getProperty("parlamento.test.war"))).as(WebArchive.class);
    }

    static Verdict allowIf(boolean b) {
        return b ? Verdict.ALLOW : Verdict.DENY;
    }

    static boolean working(Who w) {
        return w == Who.COORDINATOR || w == Who.EVALUATOR || w == Who.REVIEWER;
    }

    static boolean signedIn(Who w) {
        return w != Who.PUBLIC;
    }

    /** Edition metadata: public once published; otherwise those who work on it, staff in scope, administrators. */
    static boolean seesEdition(Who w, State s) {
        return s == State.PUBLISHED || working(w) || w == Who.STAFF || w == Who.ADMIN;
    }

    /** The whole ranking: computed from every legislature's drafts, so coordinators only until publication. */
    static boolean seesRanking(Who w, State s) {
        return s == State.PUBLISHED || w == Who.COORDINATOR;
    }

    /** Sonora's scorecard: those who may see Sonora's answers (its evaluator, its reviewer, coordinators). */
    static boolean seesResults(Who w, State s) {
        return s == State.PUBLISHED || working(w);
    }

    static boolean seesSheet(Who w, State s) {
        return working(w) || s == State.PUBLISHED || w == Who.STAFF && s == State.REPLY;
    }

    static final Rule PUBLIC = (w, s) -> Verdict.ALLOW;
    static final Rule PUBLIC_OR_404 = (w, s) -> Verdict.ALLOW_OR_404;
    static final Rule ADMIN = (w, s) -> allowIf(w == Who.ADMIN);
    static final Rule ADMIN_OR_404 = (w, s) -> w == Who.ADMIN ? Verdict.ALLOW_OR_404 : Verdict.DENY;
    static final Rule SIGNED_IN = (w, s) -> allowIf(signedIn(w));
    static final Rule SIGNED_IN_OR_404 = (w, s) -> signedIn(w) ? Verdict.ALLOW_OR_404 : Verdict.DENY;

    /** Every endpoint and page of the WAR, keyed as the enumeration names them. */
    static Map<String, Row> table() {
        Map<String, Row> t = new LinkedHashMap<>();
        // public reference data and the archive
        api(t, "GET", "/api/legislatures", PUBLIC);
        api(t, "GET", "/api/legislatures/{id}", PUBLIC, "/api/legislatures/sonora");
        api(t, "GET", "/api/methodologies", PUBLIC);
        api(t, "GET", "/api/methodologies/{id}", PUBLIC, "/api/methodologies/parlamento-abierto-mx");
        api(t, "GET", "/api/methodologies/{id}/variables", PUBLIC_OR_404, "/api/methodologies/parlamento-abierto-mx/variables?q=sesion");
        api(t, "GET", "/api/published-results", PUBLIC);
        api(t, "GET", "/api/documents/{id}", PUBLIC_OR_404, "/api/documents/999999999");
        api(t, "GET", "/api/documents/{id}/file", PUBLIC_OR_404, "/api/documents/999999999/file");
        api(t, "GET", "/api/documents/{id}/text", PUBLIC_OR_404, "/api/documents/999999999/text");
        api(t, "GET", "/api/ingest/status", PUBLIC);
        api(t, "PUT", "/api/documents/{id}/description", ADMIN_OR_404, "/api/documents/999999999/description", "{\"type\":\"gaceta\"}");
        // administration
        api(t, "POST", "/api/admin/reindex", ADMIN);
        api(t, "POST", "/api/ingest/jobs", ADMIN, "/api/ingest/jobs", "{\"label\":\"matriz\"}");
        api(t, "GET", "/api/ingest/jobs", ADMIN);
        api(t, "GET", "/api/ingest/jobs/{id}", ADMIN_OR_404, "/api/ingest/jobs/999999999");
        api(t, "GET", "/api/ingest/jobs/{id}/files", ADMIN_OR_404, "/api/ingest/jobs/999999999/files");
        api(t, "POST", "/api/users", ADMIN, "/api/users", "{\"name\":\"x\",\"roles\":[]}");
        api(t, "GET", "/api/users", ADMIN);
        api(t, "PUT", "/api/users/{name}", ADMIN_OR_404, "/api/users/nadie-existe", "{\"roles\":[\"evaluator\"],\"active\":true}");
        // the caller's own account
        api(t, "GET", "/api/me", SIGNED_IN);
        api(t, "POST", "/api/me/password", SIGNED_IN, "/api/me/password", "{\"current\":\"x\",\"password\":\"corta\"}");
        api(t, "GET", "/api/me/tokens", SIGNED_IN);
        api(t, "POST", "/api/me/tokens", SIGNED_IN, "/api/me/tokens", "{\"label\":\"\"}");
        api(t, "DELETE", "/api/me/tokens/{id}", SIGNED_IN_OR_404, "/api/me/tokens/999999999");
        // editions and their cycle
        api(t, "GET", "/api/editions", PUBLIC);
        api(t, "POST", "/api/editions", (w, s) -> allowIf(w == Who.COORDINATOR), "/api/editions", "{}");
        api(t, "GET", "/api/editions/{id}", (w, s) -> allowIf(seesEdition(w, s)), "/api/editions/{e}");
        api(t, "GET", "/api/editions/{id}/rankings", (w, s) -> allowIf(seesRanking(w, s)), "/api/editions/{e}/rankings");
        api(t, "GET", "/api/editions/{id}/rankings.csv", (w, s) -> allowIf(seesRanking(w, s)), "/api/editions/{e}/rankings.csv");
        api(t, "GET", "/api/editions/{id}/scorecards/{legislatureId}", (w, s) -> allowIf(seesResults(w, s)), "/api/editions/{e}/scorecards/sonora");
        api(t, "POST", "/api/editions/{id}/transitions", (w, s) -> allowIf(w == Who.COORDINATOR), "/api/editions/{e}/transitions", "{\"to\":\"draft\"}");
        api(t, "POST", "/api/editions/{id}/assignments", (w, s) -> allowIf(w == Who.COORDINATOR), "/api/editions/{e}/assignments",
                "{\"legislature\":\"sonora\",\"evaluator\":\"nadie\",\"reviewer\":\"nadie\"}");
        api(t, "GET", "/api/editions/{id}/assignments", (w, s) -> allowIf(seesEdition(w, s)), "/api/editions/{e}/assignments");
        api(t, "GET", "/api/editions/{id}/answers/{legislatureId}", (w, s) -> allowIf(seesSheet(w, s)), "/api/editions/{e}/answers/sonora");
        api(t, "PUT", "/api/editions/{id}/answers/{legislatureId}/{variableId}", (w, s) -> allowIf(w == Who.EVALUATOR),
                "/api/editions/{e}/answers/sonora/P1.01", "{\"value\":99,\"justification\":\"x\",\"version\":0}");
        api(t, "POST", "/api/editions/{id}/answers/{legislatureId}/submit", (w, s) -> allowIf(w == Who.EVALUATOR), "/api/editions/{e}/answers/sonora/submit", "");
        // on a legislature out of scope (so nothing is accepted): found only by the reviewer, denied to everyone else
        api(t, "POST", "/api/editions/{id}/answers/{legislatureId}/accept-rest", (w, s) -> w == Who.REVIEWER ? Verdict.ALLOW_OR_404 : Verdict.DENY,
                "/api/editions/{e}/answers/yucatan/accept-rest", "");
        api(t, "PUT", "/api/editions/{id}/headline", (w, s) -> allowIf(w == Who.COORDINATOR), "/api/editions/{e}/headline",
                "{\"note\":\"" + "x".repeat(600) + "\"}");
        api(t, "POST", "/api/editions/{id}/answers/{legislatureId}/{variableId}/review", (w, s) -> allowIf(w == Who.REVIEWER),
                "/api/editions/{e}/answers/sonora/P1.01/review", "{\"decision\":\"quizas\"}");
        api(t, "GET", "/api/editions/{id}/answers/{legislatureId}/{variableId}/history",
                (w, s) -> allowIf(working(w) || s == State.PUBLISHED), "/api/editions/{e}/answers/sonora/P1.01/history");
        api(t, "POST", "/api/editions/{id}/answers/{legislatureId}/{variableId}/objections", (w, s) -> allowIf(w == Who.STAFF),
                "/api/editions/{e}/answers/sonora/P1.01/objections", "{\"argument\":\"\"}");
        api(t, "GET", "/api/editions/{id}/objections", (w, s) -> allowIf(seesEdition(w, s)), "/api/editions/{e}/objections");
        api(t, "POST", "/api/editions/{id}/objections/{objectionId}/resolution",
                (w, s) -> w != Who.REVIEWER ? Verdict.DENY : s == State.REPLY || s == State.PUBLISHED ? Verdict.ALLOW : Verdict.ALLOW_OR_404,
                "/api/editions/{e}/objections/{o}/resolution", "{\"outcome\":\"quizas\",\"reason\":\"x\"}");
        api(t, "GET", "/api/editions/{id}/snapshot",
                (w, s) -> !seesEdition(w, s) ? Verdict.DENY : s == State.PUBLISHED ? Verdict.ALLOW : Verdict.ALLOW_OR_404, "/api/editions/{e}/snapshot");
        api(t, "GET", "/api/editions/{id}/snapshots", (w, s) -> allowIf(seesEdition(w, s)), "/api/editions/{e}/snapshots");
        api(t, "POST", "/api/editions/{id}/revisions", (w, s) -> allowIf(w == Who.COORDINATOR), "/api/editions/{e}/revisions", "{\"note\":\"\"}");
        api(t, "GET", "/api/editions/{id}/audit", (w, s) -> allowIf(w == Who.COORDINATOR || w == Who.ADMIN), "/api/editions/{e}/audit");
        // legislators, roll calls and their imports (admin, or the legislature's own staff)
        Rule importer = (w, s) -> allowIf(w == Who.ADMIN || w == Who.STAFF);
        api(t, "GET", "/api/people", PUBLIC, "/api/people?legislature=sonora");
        api(t, "GET", "/api/people/suggest", PUBLIC, "/api/people/suggest?q=ana");
        api(t, "GET", "/api/people/{id}", PUBLIC_OR_404, "/api/people/sonora:nadie");
        api(t, "GET", "/api/people/{id}/votes", PUBLIC_OR_404, "/api/people/sonora:nadie/votes");
        api(t, "GET", "/api/people/{id}/speeches", PUBLIC_OR_404, "/api/people/sonora:nadie/speeches");
        api(t, "GET", "/api/speeches", PUBLIC, "/api/speeches?legislature=sonora");
        api(t, "GET", "/api/debates", PUBLIC, "/api/debates?legislature=sonora");
        api(t, "GET", "/api/debates/{id}", PUBLIC_OR_404, "/api/debates/sonora:2000-01-01:plenary");
        api(t, "GET", "/api/organizations", PUBLIC, "/api/organizations?legislature=sonora");
        api(t, "GET", "/api/organizations/{id}", PUBLIC_OR_404, "/api/organizations/sonora:nadie");
        api(t, "GET", "/api/vote-events", PUBLIC, "/api/vote-events?legislature=sonora");
        api(t, "GET", "/api/vote-events/{id}", PUBLIC_OR_404, "/api/vote-events/sonora:LXII:1");
        api(t, "GET", "/api/legislatures/{id}/popolo", PUBLIC, "/api/legislatures/sonora/popolo");
        api(t, "GET", "/api/legislatures/{id}/terms", PUBLIC, "/api/legislatures/sonora/terms");
        api(t, "GET", "/api/legislatures/{id}/data-quality", PUBLIC, "/api/legislatures/sonora/data-quality");
        api(t, "POST", "/api/legislatures/{id}/popolo", importer, "/api/legislatures/sonora/popolo", "{}");
        api(t, "POST", "/api/legislatures/{id}/rosters", importer, "/api/legislatures/sonora/rosters", "{}");
        api(t, "POST", "/api/legislatures/{id}/votes", importer, "/api/legislatures/sonora/votes", "");
        api(t, "POST", "/api/scrapers/{scraper}/pages", ADMIN, "/api/scrapers/diputados-votaciones/pages?term=LXII", "");
        // budgets and compliance: public reading; budget imports by the administration or the legislature's own staff
        api(t, "GET", "/api/budget/bodies", PUBLIC);
        api(t, "GET", "/api/budget/bodies/{id}", PUBLIC_OR_404, "/api/budget/bodies/sonora");
        api(t, "GET", "/api/budget/bodies/{id}.csv", PUBLIC_OR_404, "/api/budget/bodies/sonora.csv");
        api(t, "GET", "/api/legislatures/{id}/budget", PUBLIC_OR_404, "/api/legislatures/sonora/budget");
        api(t, "GET", "/api/legislatures/{id}/budget.csv", PUBLIC_OR_404, "/api/legislatures/sonora/budget.csv");
        api(t, "POST", "/api/budget/imports", importer, "/api/budget/imports?legislature=sonora", "");
        api(t, "GET", "/api/compliance", PUBLIC);
        api(t, "GET", "/api/compliance/all.csv", PUBLIC);
        api(t, "GET", "/api/legislatures/{id}/compliance", PUBLIC, "/api/legislatures/sonora/compliance");
        api(t, "GET", "/api/legislatures/{id}/compliance.csv", PUBLIC, "/api/legislatures/sonora/compliance.csv");
        // open data and feeds: public, no registration; building on demand is the administration's
        api(t, "GET", "/api/bulk", PUBLIC);
        api(t, "GET", "/api/bulk/{dataset}", PUBLIC_OR_404, "/api/bulk/votes");
        api(t, "GET", "/api/bulk/{dataset}.csv", PUBLIC_OR_404, "/api/bulk/no-existe.csv");
        api(t, "GET", "/api/bulk/{dataset}.json", PUBLIC_OR_404, "/api/bulk/no-existe.json");
        api(t, "GET", "/api/bulk/{dataset}/codebook", PUBLIC_OR_404, "/api/bulk/no-existe/codebook");
        api(t, "GET", "/api/bulk/{dataset}/versions/{version}.csv", PUBLIC_OR_404, "/api/bulk/votes/versions/nada.csv");
        api(t, "GET", "/api/bulk/{dataset}/versions/{version}.json", PUBLIC_OR_404, "/api/bulk/votes/versions/nada.json");
        api(t, "GET", "/api/bulk/{dataset}/versions/{version}/codebook", PUBLIC_OR_404, "/api/bulk/votes/versions/nada/codebook");
        api(t, "POST", "/api/bulk/build", ADMIN, "/api/bulk/build", "");
        api(t, "GET", "/api/feeds/documents/{legislature}", PUBLIC, "/api/feeds/documents/sonora");
        api(t, "GET", "/api/feeds/search", PUBLIC, "/api/feeds/search?q=ley");
        api(t, "GET", "/api/feeds/people/{id}/votes", PUBLIC_OR_404, "/api/feeds/people/sonora:nadie/votes");
        api(t, "GET", "/api/feeds/people/{id}/speeches", PUBLIC_OR_404, "/api/feeds/people/sonora:nadie/speeches");
        api(t, "GET", "/api/debates/{id}/popolo", PUBLIC_OR_404, "/api/debates/sonora:2000-01-01:plenary/popolo");
        api(t, "GET", "/api/feeds/editions", PUBLIC);
        // servlets that are not part of the API surface people call
        t.put("SERVLET ErrorPageServlet", new Row("GET", "/error", null, true, PUBLIC_OR_404));
        t.put("SERVLET SignOutServlet", new Row("GET", "/salir", null, true, (w, s) -> Verdict.ALLOW_OR_404));
        t.put("SERVLET SearchApiServlet", new Row("GET", "/api/search?q=ley", null, false, PUBLIC));
        t.put("SERVLET DocumentUploadServlet", new Row("POST", "/api/documents", "", false, ADMIN));
        // pages
        page(t, "index.xhtml", PUBLIC);
        page(t, "clasificacion.xhtml", (w, s) -> allowIf(seesRanking(w, s)), "clasificacion.xhtml?edicion={e}");
        page(t, "legislatura.xhtml", (w, s) -> allowIf(seesResults(w, s)), "legislatura.xhtml?edicion={e}&id=sonora");
        page(t, "buscar.xhtml", PUBLIC, "buscar.xhtml?q=ley");
        page(t, "documento.xhtml", PUBLIC_OR_404, "documento.xhtml?id=999999999");
        page(t, "metodologia.xhtml", PUBLIC);
        page(t, "legisladores.xhtml", PUBLIC, "legisladores.xhtml?q=ana");
        page(t, "legislador.xhtml", PUBLIC_OR_404, "legislador.xhtml?id=sonora:nadie");
        page(t, "votaciones.xhtml", PUBLIC, "votaciones.xhtml?legislatura=sonora");
        page(t, "votacion.xhtml", PUBLIC_OR_404, "votacion.xhtml?id=sonora:LXII:1");
        page(t, "sesiones.xhtml", PUBLIC, "sesiones.xhtml?legislatura=sonora");
        page(t, "sesion.xhtml", PUBLIC_OR_404, "sesion.xhtml?id=sonora:2000-01-01:plenary");
        page(t, "resultados-publicados.xhtml", PUBLIC);
        page(t, "presupuesto.xhtml", PUBLIC_OR_404, "presupuesto.xhtml?id=sonora");
        page(t, "cumplimiento.xhtml", PUBLIC, "cumplimiento.xhtml?id=sonora");
        page(t, "datos.xhtml", PUBLIC);
        page(t, "api.xhtml", PUBLIC);
        page(t, "no-encontrado.xhtml", PUBLIC_OR_404);
        page(t, "entrar.xhtml", PUBLIC);
        page(t, "admin/subir.xhtml", ADMIN);
        page(t, "admin/importaciones.xhtml", ADMIN);
        page(t, "trabajo/index.xhtml", SIGNED_IN);
        page(t, "trabajo/respuestas.xhtml", (w, s) -> allowIf(signedIn(w) && seesSheet(w, s)), "trabajo/respuestas.xhtml?edicion={e}&legislatura=sonora");
        page(t, "trabajo/revision.xhtml", (w, s) -> allowIf(working(w) || signedIn(w) && s == State.PUBLISHED),
                "trabajo/revision.xhtml?edicion={e}&legislatura=sonora");
        page(t, "trabajo/replica.xhtml", (w, s) -> allowIf(w == Who.STAFF && (s == State.REPLY || s == State.PUBLISHED)), "trabajo/replica.xhtml?edicion={e}");
        page(t, "trabajo/edicion.xhtml", (w, s) -> allowIf(w == Who.COORDINATOR), "trabajo/edicion.xhtml?id={e}");
        page(t, "trabajo/auditoria.xhtml", (w, s) -> allowIf(w == Who.COORDINATOR || w == Who.ADMIN), "trabajo/auditoria.xhtml?edicion={e}");
        return t;
    }

    static void api(Map<String, Row> t, String method, String template, Rule rule) {
        api(t, method, template, rule, template, null);
    }

    static void api(Map<String, Row> t, String method, String template, Rule rule, String path) {
        api(t, method, template, rule, path, null);
    }

    static void api(Map<String, Row> t, String method, String template, Rule rule, String path, String body) {
        t.put(method + " " + template, new Row(method, path, body, false, rule));
    }

    static void page(Map<String, Row> t, String file, Rule rule) {
        page(t, file, rule, file);
    }

    static void page(Map<String, Row> t, String file, Rule rule, String path) {
        t.put("PAGE " + file, new Row("GET", "/" + path, null, true, rule));
    }

    /** Every endpoint of the build: JAX-RS methods, servlet classes, Facelets pages. */
    static Set<String> enumerate() throws Exception {
        Set<String> found = new TreeSet<>();
        Path classes = Path.of(ApiApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(classes)) {
            files = walk.filter(p -> p.toString().endsWith(".class") && !p.getFileName().toString().contains("$")).toList();
        }
        for (Path file : files) {
            String name = classes.relativize(file).toString().replace(File.separatorChar, '.').replaceAll("\\.class$", "");
            Class<?> c = Class.forName(name, false, AuthorizationMatrixIT.class.getClassLoader());
            jakarta.ws.rs.Path root = c.getAnnotation(jakarta.ws.rs.Path.class);
            if (root != null) {
                for (Method m : c.getMethods()) {
                    String verb = m.isAnnotationPresent(GET.class) ? "GET" : m.isAnnotationPresent(POST.class) ? "POST"
                            : m.isAnnotationPresent(PUT.class) ? "PUT" : m.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
                    if (verb == null) {
                        continue;
                    }
                    jakarta.ws.rs.Path sub = m.getAnnotation(jakarta.ws.rs.Path.class);
                    String path = "/api" + join(root.value(), sub == null ? "" : sub.value());
                    found.add(verb + " " + path);
                }
            }
            if (HttpServlet.class.isAssignableFrom(c) && !c.getName().startsWith("jakarta.")) {
                found.add("SERVLET " + c.getSimpleName());
            }
        }
        Path webapp = Path.of("src/main/webapp");
        try (Stream<Path> walk = Files.walk(webapp)) {
            walk.filter(p -> p.toString().endsWith(".xhtml") && !webapp.relativize(p).startsWith("WEB-INF"))
                    .forEach(p -> found.add("PAGE " + webapp.relativize(p).toString().replace(File.separatorChar, '/')));
        }
        return found;
    }

    private static String join(String a, String b) {
        String s = ("/" + a + "/" + b).replaceAll("/+", "/");
        return s.length() > 1 && s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    @Test
    void everyEndpointAndPageIsInTheTable() throws Exception {
        Set<String> missing = new TreeSet<>(enumerate());
        missing.removeAll(table().keySet());
        assertTrue(missing.isEmpty(), "endpoints or pages without a row in the authorization table: " + missing);
        Set<String> stale = new TreeSet<>(table().keySet());
        stale.removeAll(enumerate());
        assertTrue(stale.isEmpty(), "rows for endpoints that no longer exist: " + stale);
    }

    @Test
    void everyRoleInEveryStateIsAllowedOrDeniedAsTheTableSays() throws Exception {
        URI base = url.toURI();
        Team team = new Team(base, "mx");
        Map<State, String> editions = new EnumMap<>(State.class);
        Map<State, Long> objections = new EnumMap<>(State.class);
        prepare(team, editions, objections);
        Map<Who, PortalClient> api = new EnumMap<>(Who.class);
        Map<Who, PortalClient> pages = new EnumMap<>(Who.class);
        api.put(Who.PUBLIC, PortalClient.anonymous(base));
        pages.put(Who.PUBLIC, PortalClient.anonymous(base));
        Map<Who, String> names = Map.of(Who.ADMIN, "admin", Who.COORDINATOR, "coordinadora", Who.EVALUATOR, "evaluador", Who.REVIEWER, "revisor",
                Who.STAFF, "personal-sonora", Who.STAFF_OTHER, "personal-yucatan");
        for (Map.Entry<Who, String> e : names.entrySet()) {
            String name = "mx-" + e.getValue();
            api.put(e.getKey(), team.as(name));
            pages.put(e.getKey(), PortalClient.session(base, name, team.passwords.get(name)));
        }
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, Row> entry : table().entrySet()) {
            Row row = entry.getValue();
            boolean perState = row.path().contains("{e}");
            for (State state : perState ? State.values() : new State[] {State.PUBLISHED}) {
                String path = row.path().replace("{e}", editions.get(state)).replace("{o}", String.valueOf(objections.getOrDefault(state, 999999999L)));
                for (Who who : Who.values()) {
                    Verdict expected = row.rule().of(who, state);
                    PortalClient client = row.page() ? pages.get(who) : api.get(who);
                    HttpResponse<String> answer = client.send(row.method(), path.substring(1), row.body(),
                            row.body() == null ? null : "application/json");
                    int status = answer.statusCode();
                    boolean toSignIn = (status == 302 || status == 303) && answer.headers().firstValue("Location").orElse("").contains("/entrar.xhtml");
                    boolean denied = status == 401 || status == 403 || status == 404 || toSignIn;
                    boolean ok = switch (expected) {
                        case ALLOW -> !denied;
                        case DENY -> denied;
                        case ALLOW_OR_404 -> status != 401 && status != 403 && !toSignIn;
                    };
                    checked++;
                    if (!ok) {
                        wrong.add(entry.getKey() + " [" + state + ", " + who + "] expected " + expected + " but got " + status + ": "
                                + answer.body().substring(0, Math.min(160, answer.body().length())).replaceAll("\\s+", " "));
                    }
                }
            }
        }
        assertTrue(checked > 1000, "checked " + checked);
        assertEquals(List.of(), wrong, wrong.size() + " of " + checked + " cells disagree with the table");
    }

    /** One edition per state, scope Sonora, assigned to the team's evaluator and reviewer; objections where there can be. */
    private void prepare(Team team, Map<State, String> editions, Map<State, Long> objections) throws Exception {
        Cycle cycle = new Cycle(team);
        for (State state : State.values()) {
            String id = "matriz-" + state.name().toLowerCase(java.util.Locale.ROOT);
            editions.put(state, id);
            if (state.compareTo(State.REPLY) < 0) {
                cycle.draft(id, List.of("sonora"));
                if (state != State.DRAFT) {
                    expect(200, cycle.transition(id, "evaluation"));
                }
                if (state == State.REVIEW) {
                    cycle.answerAll(id, "sonora");
                    cycle.submit(id, "sonora");
                    expect(200, cycle.transition(id, "review"));
                }
                continue;
            }
            cycle.inReply(id, List.of("sonora"));
            HttpResponse<String> objection = team.as("mx-personal-sonora").json("POST", "api/editions/" + id + "/answers/sonora/P1.02/objections",
                    "{\"argument\":\"Se publica en otra sección.\"}");
            expect(201, objection);
            long objectionId = PortalClient.object(objection).getJsonNumber("id").longValue();
            objections.put(state, objectionId);
            if (state == State.PUBLISHED) {
                expect(200, team.as("mx-revisor").json("POST", "api/editions/" + id + "/objections/" + objectionId + "/resolution",
                        "{\"outcome\":\"upheld\",\"reason\":\"La evidencia no lo muestra.\"}"));
                expect(200, cycle.publishEarly(id));
            }
        }
    }

    private static void expect(int status, HttpResponse<String> answer) {
        assertEquals(status, answer.statusCode(), answer.body());
    }
}
