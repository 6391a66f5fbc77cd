package mx.parlamentoabierto.document.interfaces.rest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import mx.parlamentoabierto.document.application.DocumentIngestion;
import mx.parlamentoabierto.document.application.Receipt;
import mx.parlamentoabierto.document.application.UploadRejectedException;
import mx.parlamentoabierto.document.domain.DocumentDescription;
import mx.parlamentoabierto.document.domain.DocumentType;
import mx.parlamentoabierto.identity.interfaces.rest.AdminGuard;
import mx.parlamentoabierto.ingest.application.IngestJobs;
import mx.parlamentoabierto.platform.interfaces.rest.IsoDate;
import mx.parlamentoabierto.platform.interfaces.rest.Problem;
import mx.parlamentoabierto.platform.json.Jsonp;

/**
 * {@code POST /api/documents} (multipart: {@code file}, {@code legislature}, {@code type}, {@code date},
 * {@code title}, {@code identifier}, {@code sourceUrl}; optional query parameters {@code job}, the ingest job the
 * file belongs to, and {@code name}, the file's name should it be refused before its part is read) → 202 with
 * the document id and its status URL; the same bytes again → 200 with the existing id. Under a job, every
 * outcome — refusals included — is recorded for the job's progress. A servlet rather than a JAX-RS resource because the servlet
 * container's multipart handling has the size limits this needs; {@code GET /api/documents/{id}} is JAX-RS.
 *
 * <p>The upload cap ({@code parlamento.upload.max-megabytes}) is enforced before the body is read, from
 * {@code Content-Length}, and while it streams: the servlet is registered with the cap as its multipart limit
 * ({@link UploadServletRegistration}), so the container stops reading a body without a declared length as soon as
 * it passes the cap.
 */
public class DocumentUploadServlet extends HttpServlet {

    /** Room the multipart framing and the form's small fields take beside the file itself. */
    static final long FORM_OVERHEAD = 64L * 1024;

    private static final long serialVersionUID = 1L;

    @Inject
    transient DocumentIngestion ingestion;
    @Inject
    transient AdminGuard guard;
    @Inject
    transient IngestJobs jobs;
    @Inject
    transient mx.parlamentoabierto.platform.config.PortalConfiguration configuration;

    private long maxBytes() {
        return configuration.uploadMaxBytes();
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<AdminGuard.Refusal> refusal = guard.check();
        if (refusal.isPresent()) {
            refusal.get().send(response, request.getRequestURI());
            return;
        }
        Long job;
        try {
            job = job(queryParameter(request, "job"));
        } catch (IllegalArgumentException e) {
            problem(response, 400, e.getMessage(), request);
            return;
        }
        long declared = request.getContentLengthLong();
        if (declared > maxBytes() + FORM_OVERHEAD) {
            refuseTooLarge(new Upload(job, queryParameter(request, "name")), response, request);
            return;
        }
        Upload upload = new Upload(job, queryParameter(request, "name"));
        try {
            Part file;
            try {
                file = request.getPart("file");
            } catch (IllegalStateException e) {
                refuseTooLarge(upload, response, request);
                return;
            } catch (ServletException e) {
                refuse(upload, response, 400, "se espera multipart/form-data con el campo file", request);
                return;
            } catch (IOException e) {
                refuse(upload, response, 400, "el cuerpo multipart llegó incompleto o mal formado; vuelva a enviar el archivo", request);
                return;
            }
            if (file == null) {
                refuse(upload, response, 400, "file: falta el archivo", request);
                return;
            }
            upload.fileName = file.getSubmittedFileName();
            String typeCode = field(request, "type");
            DocumentType type = typeCode == null ? DocumentType.OTRO : DocumentType.fromCode(typeCode)
                    .orElseThrow(() -> new IllegalArgumentException("type: tipo desconocido '" + typeCode + "'"));
            String fileName = fileName(file.getSubmittedFileName());
            upload.fileName = fileName;
            String title = Optional.ofNullable(field(request, "title")).orElse(fileName);
            DocumentDescription description = new DocumentDescription(field(request, "legislature"), type, IsoDate.parse("date", field(request, "date")),
                    title, field(request, "identifier"), field(request, "sourceUrl"), fileName);
            Receipt receipt;
            try (InputStream content = file.getInputStream()) {
                receipt = ingestion.receive(description, content);
            } finally {
                file.delete();
            }
            if (job != null) {
                jobs.received(job, fileName, receipt.documentId(), receipt.duplicate());
            }
            String statusUrl = request.getContextPath() + "/api/documents/" + receipt.documentId();
            response.setStatus(receipt.duplicate() ? 200 : 202);
            response.setHeader("Location", statusUrl);
            response.setContentType("application/json;charset=UTF-8");
            try (JsonGenerator json = Jsonp.PROVIDER.createGenerator(response.getWriter())) {
                json.writeStartObject().write("id", receipt.documentId()).write("duplicate", receipt.duplicate())
                        .write("status", receipt.status().name()).write("version", receipt.version()).write("statusUrl", statusUrl)
                        .write("fileUrl", statusUrl + "/file");
                if (job != null) {
                    json.write("job", job);
                }
                json.writeEnd();
            }
        } catch (UploadRejectedException e) {
            refuse(upload, response, e.tooLarge() ? 413 : 415, "file: " + e.getMessage(), request);
        } catch (IllegalArgumentException e) {
            refuse(upload, response, 400, e.getMessage(), request);
        }
    }

    /**
     * A parameter of the query string only: {@code getParameter} on a multipart request would read the parts,
     * and fail on a file over the size limit before the job could record the refusal.
     */
    private static String queryParameter(HttpServletRequest request, String name) {
        String query = request.getQueryString();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            if (key.equals(name)) {
                return eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    /** The job a file is sent under ({@code ?job=}), checked to exist before the file is read. */
    private Long job(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        long id;
        try {
            id = Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("job: se espera el número de una importación, recibido '" + value + "'");
        }
        jobs.requireExisting(id);
        return id;
    }

    /** A refused upload: the problem for the client and, under a job, the file's record with the same reason. */
    private void refuse(Upload upload, HttpServletResponse response, int status, String detail, HttpServletRequest request) throws IOException {
        if (upload.job != null) {
            jobs.rejected(upload.job, upload.fileName, detail);
        }
        problem(response, status, detail, request);
    }

    /** A file past the cap: the rest of the body is not read, so the connection is closed after the answer. */
    private void refuseTooLarge(Upload upload, HttpServletResponse response, HttpServletRequest request) throws IOException {
        response.setHeader("Connection", "close");
        refuse(upload, response, 413, "file: el archivo supera el tamaño máximo admitido (" + maxBytes() / (1024 * 1024) + " MB)", request);
    }

    /** What is known of an upload so far, for the job's record if it is refused. */
    private static final class Upload {
        final Long job;
        String fileName;

        Upload(Long job, String fileName) {
            this.job = job;
            this.fileName = fileName;
        }
    }

    private static String field(HttpServletRequest request, String name) throws IOException {
        try {
            Part part = request.getPart(name);
            if (part == null || part.getSubmittedFileName() != null) {
                return null;
            }
            if (part.getSize() > 4096) {
                throw new IllegalArgumentException(name + ": el valor es demasiado largo");
            }
            String value = new String(part.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
            return value.isEmpty() ? null : value;
        } catch (ServletException e) {
            return null;
        }
    }

    /** Only the last path segment of what the browser sent, without control characters. */
    private static String fileName(String submitted) {
        if (submitted == null || submitted.isBlank()) {
            throw new IllegalArgumentException("file: falta el nombre del archivo");
        }
        String name = submitted.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}]", "").strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("file: nombre de archivo inválido");
        }
        return name.length() > 300 ? name.substring(name.length() - 300) : name;
    }

    private static void problem(HttpServletResponse response, int status, String detail, HttpServletRequest request) throws IOException {
        Problem.write(response, status, detail, request.getRequestURI());
    }
}
