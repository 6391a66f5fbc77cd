package mx.parlamentoabierto.document.interfaces.rest;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import mx.parlamentoabierto.document.application.DocumentIngestion;
import mx.parlamentoabierto.document.application.Receipt;
import mx.parlamentoabierto.document.application.UploadRejectedException;
import mx.parlamentoabierto.document.domain.DocumentDescription;
import mx.parlamentoabierto.document.domain.DocumentType;
import mx.parlamentoabierto.platform.interfaces.rest.Problem;

/**
 * {@code POST /api/documents} (multipart: {@code file}, {@code legislature}, {@code type}, {@code date},
 * {@code title}, {@code identifier}, {@code sourceUrl}) → 202 with the document id and its status URL; the
 * same bytes again → 200 with the existing id. A servlet rather than a JAX-RS resource because the servlet
 * container's multipart handling has the size limits this needs; {@code GET /api/documents/{id}} is JAX-RS.
 */
@WebServlet(urlPatterns = "/api/documents")
@MultipartConfig(fileSizeThreshold = 1024 * 1024, maxFileSize = 1024L * 1024 * 1024, maxRequestSize = 1025L * 1024 * 1024)
public class DocumentUploadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DocumentIngestion ingestion;
    @Inject
    transient AdminGuard guard;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<AdminGuard.Refusal> refusal = guard.check(request.getHeader("Authorization"), request.getHeader(AdminGuard.CSRF_HEADER));
        if (refusal.isPresent()) {
            if (refusal.get().status() == 401) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"Parlamento Abierto\", charset=\"UTF-8\"");
            }
            problem(response, refusal.get().status(), refusal.get().detail(), request);
            return;
        }
        try {
            Part file;
            try {
                file = request.getPart("file");
            } catch (IllegalStateException e) {
                problem(response, 413, "file: el archivo supera el tamaño máximo admitido", request);
                return;
            } catch (ServletException e) {
                problem(response, 400, "se espera multipart/form-data con el campo file", request);
                return;
            }
            if (file == null) {
                problem(response, 400, "file: falta el archivo", request);
                return;
            }
            String typeCode = field(request, "type");
            DocumentType type = typeCode == null ? DocumentType.OTRO : DocumentType.fromCode(typeCode)
                    .orElseThrow(() -> new IllegalArgumentException("type: tipo desconocido '" + typeCode + "'"));
            String fileName = fileName(file.getSubmittedFileName());
            String title = Optional.ofNullable(field(request, "title")).orElse(fileName);
            DocumentDescription description = new DocumentDescription(field(request, "legislature"), type, date(field(request, "date")),
                    title, field(request, "identifier"), field(request, "sourceUrl"), fileName);
            Receipt receipt;
            try (InputStream content = file.getInputStream()) {
                receipt = ingestion.receive(description, content);
            } finally {
                file.delete();
            }
            String statusUrl = request.getContextPath() + "/api/documents/" + receipt.documentId();
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("id", receipt.documentId());
            body.put("duplicate", receipt.duplicate());
            body.put("status", receipt.status().name());
            body.put("version", receipt.version());
            body.put("statusUrl", statusUrl);
            body.put("fileUrl", statusUrl + "/file");
            response.setStatus(receipt.duplicate() ? 200 : 202);
            response.setHeader("Location", statusUrl);
            response.setContentType("application/json;charset=UTF-8");
            try (Jsonb jsonb = JsonbBuilder.create()) {
                response.getWriter().write(jsonb.toJson(body));
            } catch (Exception e) {
                throw new IOException(e);
            }
        } catch (UploadRejectedException e) {
            problem(response, e.tooLarge() ? 413 : 415, "file: " + e.getMessage(), request);
        } catch (IllegalArgumentException e) {
            problem(response, 400, e.getMessage(), request);
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

    private static LocalDate date(String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("date: se espera AAAA-MM-DD, recibido '" + value + "'");
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
