package mx.parlamentoabierto.document.interfaces.rest;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;

import mx.parlamentoabierto.document.application.DocumentCatalog;
import mx.parlamentoabierto.document.application.DocumentCorrections;
import mx.parlamentoabierto.document.application.DocumentReindex;
import mx.parlamentoabierto.document.application.FileStore;
import mx.parlamentoabierto.document.domain.Document;
import mx.parlamentoabierto.identity.interfaces.rest.AdminGuard;
import mx.parlamentoabierto.identity.interfaces.web.CurrentCaller;
import mx.parlamentoabierto.platform.ResourceNotFoundException;
import mx.parlamentoabierto.platform.interfaces.web.ContentDisposition;

@Path("")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RequestScoped
public class DocumentResource {

    public record StatusChangeView(String status, String at, String detail) {
    }

    public record DocumentView(long id, String legislatureId, String type, String typeLabel, String date, String title,
            String identifier, String sourceUrl, int version, boolean current, Long previousVersionId, String originalFileName,
            String mediaType, long size, String sha256, String status, String failureReason, int textLength, boolean textTruncated, String truncationReason,
            int embeddedDocuments, Map<String, Object> metadata, List<StatusChangeView> history, String fileUrl, String textUrl,
            String dateSource, String typeSource, String ocrPages, Double ocrConfidence, Long parentDocumentId, String titleSource) {
    }

    @Inject
    DocumentCatalog catalog;
    @Inject
    FileStore files;
    @Inject
    DocumentReindex reindex;
    @Inject
    AdminGuard guard;
    @Inject
    DocumentCorrections corrections;

    @GET
    @Path("documents/{id}")
    @Operation(summary = "Un documento: metadatos, estado (RECEIVED, EXTRACTED, INDEXED o FAILED con su motivo) e historial")
    public DocumentView one(@PathParam("id") long id) {
        Document d = find(id);
        Map<String, Object> metadata = new java.util.LinkedHashMap<>();
        put(metadata, "title", d.metaTitle());
        put(metadata, "author", d.metaAuthor());
        put(metadata, "created", d.metaCreated());
        put(metadata, "modified", d.metaModified());
        put(metadata, "pageCount", d.metaPageCount());
        put(metadata, "language", d.metaLanguage());
        String base = "/api/documents/" + d.id();
        return new DocumentView(d.id(), d.legislatureId(), d.type().code(), d.type().spanishName(),
                d.date() == null ? null : d.date().toString(), d.title(), d.identifier(), d.sourceUrl(), d.version(), d.current(),
                d.previousVersionId(), d.originalFileName(), d.mediaType(), d.size(), d.sha256(), d.status().name(), d.failureReason(),
                d.text() == null ? 0 : d.text().length(), d.textTruncated(), d.truncationReason(), d.embeddedDocuments(), metadata,
                d.history().stream().map(h -> new StatusChangeView(h.status().name(), h.at().toString(), h.detail())).toList(),
                base + "/file", base + "/text", d.dateSource(), d.typeSource(), d.ocrPages(), d.ocrConfidence(), d.parentDocumentId(),
                d.titleSource());
    }

    @GET
    @Path("documents/{id}/file")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "El archivo original, tal como se recibió (siempre como descarga)")
    public Response file(@PathParam("id") long id) {
        Document d = find(id);
        java.nio.file.Path path = files.path(d.sha256());
        if (!Files.isReadable(path)) {
            throw new ResourceNotFoundException("El archivo original del documento " + id + " no está en el almacén");
        }
        return Response.ok((jakarta.ws.rs.core.StreamingOutput) out -> Files.copy(path, out))
                .type(MediaType.APPLICATION_OCTET_STREAM_TYPE)
                .header("Content-Length", d.size())
                .header("Content-Disposition", ContentDisposition.attachment(d.originalFileName()))
                // a document id always names the same bytes (a new version is a new document)
                .header("Cache-Control", "public, max-age=86400, immutable")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox")
                .build();
    }

    @GET
    @Path("documents/{id}/text")
    @Produces(MediaType.TEXT_PLAIN + ";charset=UTF-8")
    @Operation(summary = "El texto extraído")
    public String text(@PathParam("id") long id) {
        Document d = find(id);
        return d.text() == null ? "" : d.text();
    }

    /** What an editor corrects; absent members stay as they are. */
    public record DescriptionInput(String date, String type, String title) {
    }

    @PUT
    @Path("documents/{id}/description")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Corrige la fecha, el tipo o el título de un documento (administración); lo deducido deja de marcarse como deducido; "
            + "queda en el registro de auditoría")
    public DocumentView describe(@PathParam("id") long id, DescriptionInput input) {
        if (input == null) {
            throw new mx.parlamentoabierto.platform.InvalidInputException("date", "falta el cuerpo JSON {date, type, title}");
        }
        corrections.describe(CurrentCaller.get(), id, input.date(), input.type(), input.title());
        return one(id);
    }

    @GET
    @Path("ingest/status")
    @Operation(summary = "Cuántos documentos hay en cada estado y cuántos esperan al índice de búsqueda")
    public Map<String, Object> status() {
        DocumentCatalog.PipelineStatus status = catalog.status();
        Map<String, Long> byStatus = new java.util.LinkedHashMap<>();
        status.documents().forEach((k, v) -> byStatus.put(k.name(), v));
        return Map.of("documents", byStatus, "pendingIndexing", status.pendingIndexing());
    }

    @POST
    @Path("admin/reindex")
    @Operation(summary = "Reconstruye el índice de documentos desde la base de datos y cambia el alias de forma atómica (administrador)")
    public Response rebuild() {
        var refusal = guard.check();
        if (refusal.isPresent()) {
            return refusal.get().response("/api/admin/reindex");
        }
        int[] count = {0};
        String index = reindex.rebuild(n -> count[0] = n);
        return Response.ok(Map.of("index", index, "documents", count[0])).build();
    }

    private Document find(long id) {
        return catalog.find(id).orElseThrow(() -> new ResourceNotFoundException("No existe el documento " + id));
    }

    private static void put(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }

}
