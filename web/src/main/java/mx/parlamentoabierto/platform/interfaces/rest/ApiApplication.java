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

    /**
     * No WADL: Jersey would describe the API at {@code /api/application.wadl} and on every {@code OPTIONS}, naming its own
     * version and building addresses from the request's {@code Host}. The API is described by {@code /openapi}.
     */
    @Override
    public java.util.Map<String, Object> getProperties() {
        return java.util.Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
