package mx.parlamentoabierto.platform.interfaces.rest;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Completes the OpenAPI document ({@code /openapi}) with what every endpoint shares and the annotations would repeat:
 * the {@code Problem} schema (RFC 9457) and the error answers each operation can give — 400 when it takes input,
 * 401/403 when it changes something or needs an account, 404 when its path names something, 429 from the fair-use
 * limit (with {@code Retry-After}), 500 with an incident id and 503 while a dependency is away — each with a problem
 * body. Answers an operation already documents are kept, only given the schema when they named none. Registered with
 * {@code mp.openapi.filter} in {@code META-INF/microprofile-config.properties}.
 */
public class OpenApiErrorResponses implements OASFilter {

    private static final String PROBLEM = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        components.addSchema("Problem", problemSchema());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            boolean namesSomething = path.getKey().contains("{");
            for (Map.Entry<PathItem.HttpMethod, Operation> operation : path.getValue().getOperations().entrySet()) {
                complete(operation.getKey(), operation.getValue(), namesSomething);
            }
        }
    }

    private static void complete(PathItem.HttpMethod method, Operation operation, boolean namesSomething) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        boolean changes = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD && method != PathItem.HttpMethod.OPTIONS;
        boolean takesInput = changes || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        if (takesInput) {
            add(responses, "400", "Entrada inválida: el detalle dice qué estaba mal y `field` nombra el campo o parámetro.");
        }
        if (changes) {
            add(responses, "401", "Sin credenciales válidas (sesión, HTTP Basic o token Bearer).");
            add(responses, "403", "La cuenta no tiene el rol o la legislatura que hace falta, o falta la protección CSRF"
                    + " (X-CSRF-Token con sesión; X-Requested-By con HTTP Basic).");
        }
        if (namesSomething) {
            add(responses, "404", "No existe lo que nombra la ruta (o no es visible para quien llama).");
        }
        APIResponse tooMany = add(responses, "429", "Límite de uso de la API (por dirección sin clave; mayor con clave registrada):"
                + " Retry-After dice cuántos segundos esperar.");
        if (tooMany.getHeaders() == null || !tooMany.getHeaders().containsKey("Retry-After")) {
            Header retryAfter = OASFactory.createHeader().description("Segundos que esperar antes de volver a intentar.")
                    .schema(OASFactory.createSchema().type(Schema.SchemaType.INTEGER));
            tooMany.addHeader("Retry-After", retryAfter);
        }
        add(responses, "500", "Falla inesperada: `incident` es la clave del registro para reportarla.");
        add(responses, "503", "Elasticsearch o la base de datos no responden por ahora; Retry-After dice cuándo volver a intentar.");
        // answers documented without a body (or with an empty problem body) get the schema
        if (responses.getAPIResponses() != null) {
            responses.getAPIResponses().forEach((status, response) -> {
                if (status.startsWith("4") || status.startsWith("5")) {
                    withProblemBody(response);
                }
            });
        }
    }

    private static APIResponse add(APIResponses responses, String status, String description) {
        APIResponse existing = responses.getAPIResponse(status);
        if (existing != null) {
            if (existing.getDescription() == null || existing.getDescription().isBlank()) {
                existing.setDescription(description);
            }
            return existing;
        }
        APIResponse response = OASFactory.createAPIResponse().description(description);
        responses.addAPIResponse(status, response);
        return response;
    }

    private static void withProblemBody(APIResponse response) {
        Content content = response.getContent();
        if (content == null) {
            content = OASFactory.createContent();
            response.setContent(content);
        }
        MediaType problem = content.getMediaType(Problem.MEDIA_TYPE);
        if (problem == null) {
            problem = OASFactory.createMediaType();
            content.addMediaType(Problem.MEDIA_TYPE, problem);
        }
        if (problem.getSchema() == null) {
            problem.setSchema(OASFactory.createSchema().ref(PROBLEM));
        }
    }

    private static Schema problemSchema() {
        Schema string = OASFactory.createSchema().type(Schema.SchemaType.STRING);
        return OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("Detalle de un problema (RFC 9457), en español.")
                .addRequired("status").addRequired("title").addRequired("detail")
                .addProperty("type", OASFactory.createSchema().type(Schema.SchemaType.STRING).description("Siempre about:blank."))
                .addProperty("title", OASFactory.createSchema().type(Schema.SchemaType.STRING).description("La frase del estado HTTP."))
                .addProperty("status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER).description("El estado HTTP."))
                .addProperty("detail", OASFactory.createSchema().type(Schema.SchemaType.STRING)
                        .description("Qué estaba mal y dónde (archivo, línea, campo), para una persona."))
                .addProperty("instance", OASFactory.createSchema().type(Schema.SchemaType.STRING).description("La ruta pedida."))
                .addProperty("field", OASFactory.createSchema().type(Schema.SchemaType.STRING)
                        .description("El campo, parámetro o miembro JSON culpable, cuando lo hay."))
                .addProperty("incident", string.description("Solo en 500: la clave de la falla en el registro."));
    }
}
