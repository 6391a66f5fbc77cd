package mx.parlamentoabierto.search.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import mx.parlamentoabierto.search.application.SearchIndex;
import mx.parlamentoabierto.search.application.SearchSynchronizer;

/** Ready when Elasticsearch answers and holds what the database has. */
@Readiness
@ApplicationScoped
public class SearchHealthCheck implements HealthCheck {
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
