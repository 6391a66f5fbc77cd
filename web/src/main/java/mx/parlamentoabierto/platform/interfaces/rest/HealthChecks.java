package mx.parlamentoabierto.platform.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

import mx.parlamentoabierto.platform.persistence.Database;

/** Health at {@code /health}: the database (source of truth); each feature adds its own checks (search: {@code SearchHealthCheck}). */
public final class HealthChecks {

    private HealthChecks() {
    }

    @Readiness
    @Liveness
    @ApplicationScoped
    public static class DatabaseCheck implements HealthCheck {
        @Inject
        Database database;

        @Override
        public HealthCheckResponse call() {
            return HealthCheckResponse.named("base-de-datos").status(database.isReachable())
                    .withData("url", database.settings().redactedUrl()).build();
        }
    }

}
