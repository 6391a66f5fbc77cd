package mx.parlamentoabierto.ingest.infrastructure;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import mx.parlamentoabierto.ingest.application.IngestJobs;
import mx.parlamentoabierto.ingest.domain.IngestJobRepository;
import mx.parlamentoabierto.platform.persistence.Database;

/** Wires the ingest-job service for the portal. */
@ApplicationScoped
public class IngestJobComponents {

    @Produces
    @ApplicationScoped
    IngestJobs ingestJobs(Database database, IngestJobRepository jobs) {
        return new IngestJobs(database, jobs, Clock.systemUTC());
    }
}
