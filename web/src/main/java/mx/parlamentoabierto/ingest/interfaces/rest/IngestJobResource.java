package mx.parlamentoabierto.ingest.interfaces.rest;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import mx.parlamentoabierto.identity.interfaces.rest.AdminGuard;
import mx.parlamentoabierto.ingest.application.IngestJobs;
import mx.parlamentoabierto.ingest.domain.IngestJobProgress;
import mx.parlamentoabierto.ingest.domain.JobFileState;

/**
 * Ingest jobs for the administrator: {@code POST /api/ingest/jobs} opens one (then files are sent with
 * {@code POST /api/documents?job=<id>}), {@code GET /api/ingest/jobs/{id}} says how far it got and
 * {@code GET /api/ingest/jobs/{id}/files} lists what became of each file.
 */
@Path("ingest/jobs")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RequestScoped
public class IngestJobResource {

    /** What a client sends to open a job. */
    public record NewJob(String label, Integer expectedFiles) {
    }

    /** A job's progress as the API shows it. */
    public record JobView(long id, String label, String createdBy, String createdAt, int expectedFiles, long arrived, long total, long done,
            int percent, boolean complete, long rejected, long duplicates, long pending, long indexed, long failed, String url, String filesUrl) {

        static JobView of(IngestJobProgress p) {
            String url = "/api/ingest/jobs/" + p.id();
            return new JobView(p.id(), p.label(), p.createdBy(), p.createdAt().toString(), p.expectedFiles(), p.arrived(), p.total(), p.done(),
                    p.percent(), p.complete(), p.rejected(), p.duplicates(), p.pending(), p.indexed(), p.failed(), url, url + "/files");
        }
    }

    /** A page of files; {@code next} is the {@code after} of the following page, absent on the last one. */
    public record FilesPage(List<JobFileState> files, Long next) {
    }

    @Inject
    IngestJobs jobs;
    @Inject
    AdminGuard guard;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Abre una importación de varios archivos (administración; con HTTP Basic, cabecera X-Requested-By)")
    public Response open(NewJob job) {
        Optional<Response> refused = guard.check().map(r -> r.response("/api/ingest/jobs"));
        if (refused.isPresent()) {
            return refused.get();
        }
        if (job == null) {
            throw new IllegalArgumentException("se espera un objeto JSON con label y expectedFiles");
        }
        if (job.expectedFiles() == null) {
            throw new IllegalArgumentException("expectedFiles: es obligatorio");
        }
        JobView view = JobView.of(jobs.open(job.label(), job.expectedFiles(), guard.who()));
        return Response.created(URI.create(view.url())).entity(view).build();
    }

    @GET
    @Operation(summary = "Las importaciones más recientes con su avance (administrador)")
    public Response recent(@QueryParam("limit") @DefaultValue("20") int limit) {
        return guard.check().map(r -> r.response("/api/ingest/jobs"))
                .orElseGet(() -> Response.ok(jobs.recent(limit).stream().map(JobView::of).toList()).build());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Avance de una importación: hechos/total, pendientes, indexados, duplicados y fallas (administrador)")
    public Response one(@PathParam("id") long id) {
        return guard.check().map(r -> r.response("/api/ingest/jobs/" + id))
                .orElseGet(() -> Response.ok(JobView.of(jobs.progress(id))).build());
    }

    @GET
    @Path("{id}/files")
    @Operation(summary = "Qué pasó con cada archivo de una importación, en orden de llegada; failures=true solo las fallas (administrador)")
    public Response files(@PathParam("id") long id, @QueryParam("after") @DefaultValue("0") long after,
            @QueryParam("limit") @DefaultValue("200") int limit, @QueryParam("failures") @DefaultValue("false") boolean onlyFailures) {
        return guard.check().map(r -> r.response("/api/ingest/jobs/" + id + "/files")).orElseGet(() -> {
            List<JobFileState> files = jobs.files(id, after, limit, onlyFailures);
            Long next = files.size() < limit ? null : files.get(files.size() - 1).sequence();
            return Response.ok(new FilesPage(files, next)).build();
        });
    }
}
