package mx.parlamentoabierto.opendata.interfaces.rest;

import java.nio.file.Files;
import java.util.Date;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eclipse.microprofile.openapi.annotations.Operation;

import mx.parlamentoabierto.identity.application.Accounts;
import mx.parlamentoabierto.identity.interfaces.web.CurrentCaller;
import mx.parlamentoabierto.opendata.application.OpenData;
import mx.parlamentoabierto.opendata.domain.DatasetDefinition;
import mx.parlamentoabierto.opendata.domain.DatasetVersion;
import mx.parlamentoabierto.platform.interfaces.web.ContentDisposition;
import mx.parlamentoabierto.platform.json.JsonMapping;

/**
 * The open data set: {@code GET /api/bulk} (every dataset), {@code /api/bulk/{dataset}} (its versions),
 * {@code /api/bulk/{dataset}.csv|.json}, {@code /api/bulk/{dataset}/codebook}, and any earlier version by its id.
 * Files are streamed from disk with their SHA-256 as {@code ETag} and build time as {@code Last-Modified};
 * {@code If-None-Match} / {@code If-Modified-Since} answer 304. No registration.
 */
@Path("bulk")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RequestScoped
public class BulkResource {

    @Inject
    OpenData openData;

    @Context
    Request request;

    @GET
    @Operation(summary = "Los conjuntos de datos abiertos: título, descripción, licencia, la versión más reciente (filas, SHA-256, fecha) y sus "
            + "direcciones CSV, JSON y libro de códigos")
    public String datasets() {
        ObjectNode root = JsonMapping.MAPPER.createObjectNode();
        ObjectNode licence = root.putObject("license");
        licence.put("name", openData.licence());
        licence.put("url", openData.licenceUrl());
        ArrayNode list = root.putArray("datasets");
        for (DatasetDefinition d : openData.definitions()) {
            list.add(describe(d, openData.latest(d.name()).orElse(null)));
        }
        return root.toString();
    }

    private ObjectNode describe(DatasetDefinition d, DatasetVersion latest) {
        ObjectNode n = JsonMapping.MAPPER.createObjectNode();
        n.put("name", d.name());
        n.put("title", d.title());
        n.put("description", d.description());
        n.put("columns", d.columns().size());
        n.put("versions_url", "/api/bulk/" + d.name());
        if (latest == null) {
            n.putNull("latest");
        } else {
            n.set("latest", version(latest, true));
        }
        return n;
    }

    private static ObjectNode version(DatasetVersion v, boolean latest) {
        ObjectNode n = JsonMapping.MAPPER.createObjectNode();
        String base = "/api/bulk/" + v.dataset() + (latest ? "" : "/versions/" + v.version());
        n.put("version", v.version());
        n.put("built_at", v.builtAt().toString());
        n.put("rows", v.rows());
        n.put("csv_url", latest ? base + ".csv" : base + ".csv");
        n.put("csv_sha256", v.csvSha256());
        n.put("csv_bytes", v.csvBytes());
        n.put("json_url", base + ".json");
        n.put("json_sha256", v.jsonSha256());
        n.put("json_bytes", v.jsonBytes());
        n.put("codebook_url", (latest ? "/api/bulk/" + v.dataset() : base) + "/codebook");
        n.put("permanent_csv_url", "/api/bulk/" + v.dataset() + "/versions/" + v.version() + ".csv");
        return n;
    }

    @GET
    @Path("{dataset}")
    @Operation(summary = "Un conjunto de datos y todas sus versiones (la más reciente primero); cada versión sigue disponible con su identificador")
    public String dataset(@PathParam("dataset") String dataset) {
        DatasetDefinition d = openData.definition(dataset);
        List<DatasetVersion> versions = openData.versions(dataset);
        ObjectNode n = describe(d, versions.isEmpty() ? null : versions.get(0));
        ArrayNode all = n.putArray("versions");
        versions.forEach(v -> all.add(version(v, false)));
        return n.toString();
    }

    @GET
    @Path("{dataset}.csv")
    @Produces("text/csv;charset=UTF-8")
    @Operation(summary = "La versión más reciente de un conjunto en CSV (UTF-8, RFC 4180); ETag = SHA-256")
    public Response latestCsv(@PathParam("dataset") String dataset) {
        return file(latest(dataset), "csv");
    }

    @GET
    @Path("{dataset}.json")
    @Operation(summary = "La versión más reciente de un conjunto en JSON (un arreglo de objetos con los nombres de columna del libro de códigos)")
    public Response latestJson(@PathParam("dataset") String dataset) {
        return file(latest(dataset), "json");
    }

    @GET
    @Path("{dataset}/codebook")
    @Operation(summary = "El libro de códigos de la versión más reciente: cada columna con su significado, tipo, unidad y valores permitidos; la "
            + "licencia; los SHA-256 de los archivos")
    public Response latestCodebook(@PathParam("dataset") String dataset) {
        return file(latest(dataset), "codebook");
    }

    @GET
    @Path("{dataset}/versions/{version}.csv")
    @Produces("text/csv;charset=UTF-8")
    @Operation(summary = "Una versión anterior de un conjunto en CSV, por su identificador (permanente)")
    public Response versionCsv(@PathParam("dataset") String dataset, @PathParam("version") String version) {
        return file(openData.version(dataset, version), "csv");
    }

    @GET
    @Path("{dataset}/versions/{version}.json")
    @Operation(summary = "Una versión anterior de un conjunto en JSON, por su identificador (permanente)")
    public Response versionJson(@PathParam("dataset") String dataset, @PathParam("version") String version) {
        return file(openData.version(dataset, version), "json");
    }

    @GET
    @Path("{dataset}/versions/{version}/codebook")
    @Operation(summary = "El libro de códigos de una versión anterior")
    public Response versionCodebook(@PathParam("dataset") String dataset, @PathParam("version") String version) {
        return file(openData.version(dataset, version), "codebook");
    }

    @POST
    @Path("build")
    @Operation(summary = "Construye ahora los conjuntos cuyos datos cambiaron (administración); una versión nueva solo si su contenido cambió")
    public String build() {
        Accounts.requireAdmin(CurrentCaller.get());
        ArrayNode out = JsonMapping.MAPPER.createArrayNode();
        for (OpenData.Outcome o : openData.buildIfChanged()) {
            ObjectNode n = out.addObject();
            n.put("dataset", o.dataset());
            n.put("status", o.status());
            n.put("version", o.version());
            n.put("rows", o.rows());
            n.put("millis", o.millis());
        }
        return out.toString();
    }

    private DatasetVersion latest(String dataset) {
        openData.definition(dataset); // 404 for an unknown dataset
        return openData.latest(dataset).orElseThrow(() -> new jakarta.ws.rs.WebApplicationException(Response.fromResponse(
                mx.parlamentoabierto.platform.interfaces.rest.Problem.response(Response.Status.SERVICE_UNAVAILABLE, "El conjunto «" + dataset
                        + "» aún no se ha construido: se construye en segundo plano; vuelva en un minuto.", "/api/bulk/" + dataset))
                .header("Retry-After", "60").build()));
    }

    private Response file(DatasetVersion v, String kind) {
        java.nio.file.Path file = openData.file(v, kind);
        if (!Files.isRegularFile(file)) {
            throw new mx.parlamentoabierto.platform.ResourceNotFoundException("version", "Los archivos de la versión " + v.version() + " no están");
        }
        EntityTag tag = new EntityTag((kind.equals("json") ? v.jsonSha256() : kind.equals("csv") ? v.csvSha256() : v.csvSha256() + "-codebook"));
        Date modified = Date.from(v.builtAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        CacheControl cache = new CacheControl();
        cache.setMaxAge(300);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(modified, tag);
        if (notModified != null) {
            return notModified.cacheControl(cache).tag(tag).lastModified(modified).build();
        }
        String type = kind.equals("csv") ? "text/csv; charset=UTF-8" : "application/json; charset=UTF-8";
        String name = kind.equals("codebook") ? v.dataset() + "-codebook.json" : v.dataset() + "-" + v.version() + "." + kind;
        return Response.ok(file.toFile(), type).tag(tag).lastModified(modified).cacheControl(cache)
                .header("Content-Disposition", kind.equals("codebook") ? null : ContentDisposition.attachment(name)).build();
    }
}
