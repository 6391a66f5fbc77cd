package mx.parlamentoabierto.platform.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;

/** The JSON API under {@code /api}; its OpenAPI document is served at {@code /openapi}. */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "Parlamento Abierto API", version = "1",
        description = "Legislaturas, metodologías, ediciones, clasificaciones y fichas de evaluación de apertura legislativa. "
                + "Los errores siguen RFC 9457 (application/problem+json).",
        license = @License(name = "Datos: CC BY 4.0")))
public class ApiApplication extends Application {
}
