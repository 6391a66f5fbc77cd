package mx.parlamentoabierto.platform.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

import mx.parlamentoabierto.platform.persistence.Database;
import mx.parlamentoabierto.search.application.SearchIndex;
import mx.parlamentoabierto.search.application.SearchSynchronizer;

/** Health at {@code /health}: the database (source of truth) and the search engine. */
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

    /** Ready when Elasticsearch answers and holds what the database has. */
    @Readiness
    @ApplicationScoped
    public static class SearchCheck implements HealthCheck {
        @Inject
        SearchIndex index;
        @Inject
        SearchSynchronizer synchronizer;

        @Override
        public HealthCheckResponse call() {
            boolean available = index.isAvailable();
            return HealthCheckResponse.named("elasticsearch").status(available && synchronizer.isSynchronised())
                    .withData("disponible", available).withData("sincronizado", synchronizer.isSynchronised()).build();
        }
    }
}
