package mx.parlamentoabierto.evaluation.interfaces.rest;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import mx.parlamentoabierto.evaluation.application.AnswerInput;
import mx.parlamentoabierto.evaluation.application.AnswerSheet;
import mx.parlamentoabierto.evaluation.application.AnswerSheets;
import mx.parlamentoabierto.evaluation.application.Correction;
import mx.parlamentoabierto.evaluation.application.EditionLifecycle;
import mx.parlamentoabierto.evaluation.application.EditionSnapshots;
import mx.parlamentoabierto.evaluation.application.EvaluationAssignments;
import mx.parlamentoabierto.evaluation.application.EvidenceInput;
import mx.parlamentoabierto.evaluation.application.NewEdition;
import mx.parlamentoabierto.evaluation.application.ReviewsAndObjections;
import mx.parlamentoabierto.evaluation.domain.EditionSnapshot;
import mx.parlamentoabierto.evaluation.interfaces.rest.EvaluationViews.AnswerView;
import mx.parlamentoabierto.evaluation.interfaces.rest.EvaluationViews.AssignmentSummary;
import mx.parlamentoabierto.evaluation.interfaces.rest.EvaluationViews.AssignmentView;
import mx.parlamentoabierto.evaluation.interfaces.rest.EvaluationViews.AuditView;
import mx.parlamentoabierto.evaluation.interfaces.rest.EvaluationViews.EditionDetail;
import mx.parlamentoabierto.evaluation.interfaces.rest.EvaluationViews.HistoryView;
import mx.parlamentoabierto.evaluation.interfaces.rest.EvaluationViews.ObjectionView;
import mx.parlamentoabierto.evaluation.interfaces.rest.EvaluationViews.SheetView;
import mx.parlamentoabierto.evaluation.interfaces.rest.EvaluationViews.SnapshotSummary;
import mx.parlamentoabierto.identity.domain.Caller;
import mx.parlamentoabierto.identity.interfaces.web.CurrentCaller;
import mx.parlamentoabierto.methodology.domain.Variable;
import mx.parlamentoabierto.platform.InvalidInputException;
import mx.parlamentoabierto.platform.interfaces.rest.IsoDate;
import mx.parlamentoabierto.scoring.domain.Answer;
import mx.parlamentoabierto.scoring.domain.Edition;

/**
 * The evaluation cycle over HTTP. Shares the {@code editions} root with the public rankings
 * ({@code scoring.interfaces.rest.EditionResource}); every rule is the service's.
 */
@Path("editions")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RequestScoped
public class EvaluationResource {

    public record WindowInput(String opens, String closes) {
    }

    public record NewEditionRequest(String id, String title, Integer year, String methodologyKey, List<String> legislatures,
            WindowInput evaluationWindow, WindowInput replyWindow, String evaluatorNames) {
    }

    /** {@code override}: why an edition is published before its reply window closes (required then; audited). */
    public record TransitionRequest(String to, String override) {
    }

    /** {@code note}: the edition's scope in words, shown with it on the home page and the rankings. */
    public record HeadlineRequest(String note) {
    }

    public record AssignmentRequest(String legislature, String evaluator, String reviewer) {
    }

    public record EvidenceRequest(String url, String label, Long documentId) {
    }

    public record AnswerRequest(Integer value, String justification, List<EvidenceRequest> evidence, Long version) {
    }

    public record ReviewRequest(String decision, String comment) {
    }

    public record ObjectionRequest(String argument, List<EvidenceRequest> evidence) {
    }

    public record ResolutionRequest(String outcome, String reason, Integer value, String justification, List<EvidenceRequest> evidence) {
    }

    public record CorrectionRequest(String legislature, String variable, Integer value, String justification, List<EvidenceRequest> evidence) {
    }

    public record RevisionRequest(String note, List<CorrectionRequest> corrections) {
    }

    @Inject
    EditionSnapshots snapshots;

    @Inject
    EditionLifecycle lifecycle;

    @Inject
    EvaluationAssignments assignments;

    @Inject
    AnswerSheets sheets;

    @Inject
    ReviewsAndObjections reviews;

    private static Caller caller() {
        return CurrentCaller.get();
    }

    private EditionDetail detail(Edition e) {
        return EditionDetail.of(e, snapshots.publishedSha256(e.id()).orElse(null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Crea una edición en borrador (coordinación): id, title, year, methodologyKey, legislatures, evaluationWindow, replyWindow")
    public Response create(NewEditionRequest in) {
        if (in == null) {
            throw new InvalidInputException("id", "Se espera un objeto JSON con la edición.");
        }
        WindowInput ev = in.evaluationWindow() == null ? new WindowInput(null, null) : in.evaluationWindow();
        WindowInput re = in.replyWindow() == null ? new WindowInput(null, null) : in.replyWindow();
        Edition created = lifecycle.createEdition(caller(), new NewEdition(in.id(), in.title(), in.year(),
                in.methodologyKey(), in.legislatures(), IsoDate.parse("evaluationWindow.opens", ev.opens()),
                IsoDate.parse("evaluationWindow.closes", ev.closes()), IsoDate.parse("replyWindow.opens", re.opens()),
                IsoDate.parse("replyWindow.closes", re.closes()), in.evaluatorNames()));
        return Response.created(URI.create("/api/editions/" + created.id())).entity(detail(created)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Una edición: estado, alcance, ventanas, revisión publicada y su SHA-256")
    public EditionDetail one(@PathParam("id") String id) {
        return detail(lifecycle.edition(caller(), id));
    }

    @POST
    @Path("{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Pasa la edición al estado siguiente (coordinación): { \"to\": \"evaluation\" | \"review\" | \"reply\" | \"published\" }; "
            + "publicar con la ventana de réplica abierta exige \"override\" con la razón (queda en la auditoría)")
    public EditionDetail transition(@PathParam("id") String id, TransitionRequest in) {
        return detail(lifecycle.transition(caller(), id, in == null ? null : in.to(), in == null ? null : in.override()));
    }

    @PUT
    @Path("{id}/headline")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Hace de una edición publicada la principal del portal (coordinación): la que muestran el inicio y la clasificación; "
            + "{ \"note\": su alcance en palabras }")
    public EditionDetail headline(@PathParam("id") String id, HeadlineRequest in) {
        return detail(lifecycle.makeHeadline(caller(), id, in == null ? null : in.note()));
    }

    @POST
    @Path("{id}/assignments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Asigna una legislatura a un evaluador y un revisor (coordinación): { legislature, evaluator, reviewer }")
    public Response assign(@PathParam("id") String id, AssignmentRequest in) {
        if (in == null) {
            throw new InvalidInputException("legislature", "Se espera un objeto JSON con legislature, evaluator y reviewer.");
        }
        assignments.assign(caller(), id, in.legislature(), in.evaluator(), in.reviewer());
        AssignmentView view = assignments.progress(caller(), id).stream().filter(p -> p.assignment().legislatureId().equals(in.legislature()))
                .map(AssignmentView::of).findFirst().orElseThrow();
        return Response.status(201).entity(view).build();
    }

    @GET
    @Path("{id}/assignments")
    @Operation(summary = "Asignaciones con su avance (respondidas/total, por principio); la coordinación ve todas, cada quien las suyas")
    public List<AssignmentView> assignments(@PathParam("id") String id) {
        return assignments.progress(caller(), id).stream().map(AssignmentView::of).toList();
    }

    @GET
    @Path("{id}/answers/{legislatureId}")
    @Operation(summary = "Las respuestas de una legislatura que la cuenta puede ver, con revisiones y objeciones")
    public SheetView sheet(@PathParam("id") String id, @PathParam("legislatureId") String legislatureId) {
        AnswerSheet sheet = sheets.sheet(caller(), id, legislatureId);
        Map<String, Variable> variables = sheet.methodology().variablesById();
        List<AnswerView> views = sheet.answers().values().stream()
                .map(a -> AnswerView.of(a, variables.get(a.variableId()), sheet.reviews().get(a.variableId()), sheet.fullAccess()))
                .toList();
        return new SheetView(id, sheet.edition().state().jsonName(), legislatureId, sheet.legislature().name(), sheet.fullAccess(),
                sheet.reviewOpen(), new AssignmentSummary(sheet.assignment().flatMap(a -> a.submittedAt()).map(Object::toString).orElse(null)), views,
                sheet.objections().stream().filter(o -> sheet.fullAccess() || caller().staffOf(o.legislatureId())).map(ObjectionView::of).toList());
    }

    @PUT
    @Path("{id}/answers/{legislatureId}/{variableId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Guarda una respuesta (evaluador asignado): { value, justification, evidence: [ {url,label} | {documentId} ], version }; "
            + "409 si otra persona la cambió (versión vieja)")
    public AnswerView save(@PathParam("id") String id, @PathParam("legislatureId") String legislatureId,
            @PathParam("variableId") String variableId, @HeaderParam("If-Match") String ifMatch, AnswerRequest in) {
        if (in == null) {
            throw new InvalidInputException("value", "Se espera un objeto JSON con value, justification y evidence.");
        }
        Long version = in.version() != null ? in.version() : parseIfMatch(ifMatch);
        Answer saved = sheets.saveAnswer(caller(), id, legislatureId, variableId,
                new AnswerInput(in.value(), in.justification(), evidence(in.evidence()), version));
        return AnswerView.of(saved, null, List.of(), true);
    }

    private static Long parseIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String v = ifMatch.strip().replace("W/", "").replace("\"", "");
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("If-Match", "If-Match debe ser la versión de la respuesta, p. ej. \"3\".");
        }
    }

    static List<EvidenceInput> evidence(List<EvidenceRequest> in) {
        return in == null ? null : in.stream().map(e -> e == null ? null : new EvidenceInput(e.url(), e.label(), e.documentId()))
                .collect(Collectors.toList());
    }

    @POST
    @Path("{id}/answers/{legislatureId}/submit")
    @Operation(summary = "Entrega todas las respuestas de una legislatura para revisión (evaluador asignado)")
    public Map<String, Object> submit(@PathParam("id") String id, @PathParam("legislatureId") String legislatureId) {
        int moved = sheets.submit(caller(), id, legislatureId);
        return Map.of("legislature", legislatureId, "submitted", moved);
    }

    @POST
    @Path("{id}/answers/{legislatureId}/accept-rest")
    @Operation(summary = "Acepta todas las respuestas entregadas que siguen esperando revisión y que el revisor no escribió (revisor asignado)")
    public Map<String, Object> acceptRest(@PathParam("id") String id, @PathParam("legislatureId") String legislatureId) {
        return Map.of("legislature", legislatureId, "accepted", reviews.acceptRest(caller(), id, legislatureId));
    }

    @POST
    @Path("{id}/answers/{legislatureId}/{variableId}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Acepta o devuelve una respuesta (revisor asignado): { decision: accept | return, comment }")
    public AnswerView review(@PathParam("id") String id, @PathParam("legislatureId") String legislatureId,
            @PathParam("variableId") String variableId, ReviewRequest in) {
        if (in == null) {
            throw new InvalidInputException("decision", "Se espera un objeto JSON con decision y comment.");
        }
        return AnswerView.of(reviews.review(caller(), id, legislatureId, variableId, in.decision(), in.comment()), null, List.of(), true);
    }

    @GET
    @Path("{id}/answers/{legislatureId}/{variableId}/history")
    @Operation(summary = "Historial de una respuesta (revisión, coordinación; el público tras publicar, con nombres según la edición)")
    public List<HistoryView> history(@PathParam("id") String id, @PathParam("legislatureId") String legislatureId,
            @PathParam("variableId") String variableId) {
        return sheets.history(caller(), id, legislatureId, variableId).stream().map(HistoryView::of).toList();
    }

    @POST
    @Path("{id}/answers/{legislatureId}/{variableId}/objections")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Objeción a una respuesta aceptada (personal de la legislatura, en la ventana de réplica): { argument, evidence }")
    public Response object(@PathParam("id") String id, @PathParam("legislatureId") String legislatureId,
            @PathParam("variableId") String variableId, ObjectionRequest in) {
        if (in == null) {
            throw new InvalidInputException("argument", "Se espera un objeto JSON con argument y evidence.");
        }
        return Response.status(201).entity(ObjectionView.of(reviews.object(caller(), id, legislatureId, variableId, in.argument(),
                evidence(in.evidence())))).build();
    }

    @GET
    @Path("{id}/objections")
    @Operation(summary = "Objeciones y resoluciones (públicas con la edición publicada)")
    public List<ObjectionView> objections(@PathParam("id") String id) {
        return reviews.objections(caller(), id).stream().map(ObjectionView::of).toList();
    }

    @POST
    @Path("{id}/objections/{objectionId}/resolution")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Resuelve una objeción (revisor asignado): { outcome: upheld | answer-changed, reason, value?, justification?, evidence? }")
    public ObjectionView resolve(@PathParam("id") String id, @PathParam("objectionId") long objectionId, ResolutionRequest in) {
        if (in == null) {
            throw new InvalidInputException("outcome", "Se espera un objeto JSON con outcome y reason.");
        }
        return ObjectionView.of(reviews.resolve(caller(), id, objectionId, in.outcome(), in.reason(),
                new AnswerInput(in.value(), in.justification(), evidence(in.evidence()), null)));
    }

    @GET
    @Path("{id}/snapshot")
    @Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
    @Operation(summary = "La instantánea publicada en su forma JSON canónica (?revision=N; por omisión la última); su SHA-256 en ETag y X-Content-SHA256")
    public Response snapshot(@PathParam("id") String id, @QueryParam("revision") Integer revision) {
        EditionSnapshot s = snapshots.snapshot(caller(), id, revision);
        return Response.ok(s.content().getBytes(StandardCharsets.UTF_8)).header("ETag", "\"" + s.contentSha256() + "\"")
                .header("X-Content-SHA256", s.contentSha256()).header("Cache-Control", "public, max-age=60").build();
    }

    @GET
    @Path("{id}/snapshots")
    @Operation(summary = "Todas las revisiones publicadas: número, fecha, nota de cambio y SHA-256")
    public List<SnapshotSummary> snapshots(@PathParam("id") String id) {
        return snapshots.snapshots(caller(), id).stream().map(s -> new SnapshotSummary(s.revision(), s.publishedAt().toString(),
                s.publishedBy(), s.changeNote().orElse(null), s.contentSha256())).toList();
    }

    @POST
    @Path("{id}/revisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Corrige una edición publicada con una revisión nueva (coordinación): { note, corrections: [ {legislature, variable, value, justification, evidence} ] }")
    public Response revise(@PathParam("id") String id, RevisionRequest in) {
        if (in == null) {
            throw new InvalidInputException("note", "Se espera un objeto JSON con note y corrections.");
        }
        List<Correction> corrections = in.corrections() == null ? null : in.corrections().stream()
                .map(c -> new Correction(c.legislature(), c.variable(), c.value(), c.justification(), evidence(c.evidence())))
                .toList();
        EditionSnapshot s = snapshots.correct(caller(), id, in.note(), corrections);
        return Response.status(201).entity(new SnapshotSummary(s.revision(), s.publishedAt().toString(), s.publishedBy(),
                s.changeNote().orElse(null), s.contentSha256())).build();
    }

    @GET
    @Path("{id}/audit")
    @Operation(summary = "Registro de auditoría de la edición (coordinación, administración), del más antiguo al más nuevo; ?after=id&limit=")
    public List<AuditView> audit(@PathParam("id") String id, @QueryParam("after") @DefaultValue("0") long after,
            @QueryParam("limit") @DefaultValue("500") int limit) {
        return lifecycle.audit(caller(), id, after, limit).stream().map(AuditView::of).toList();
    }
}
