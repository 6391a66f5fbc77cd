package mx.parlamentoabierto.ingest.application;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import mx.parlamentoabierto.ingest.domain.FileOutcome;
import mx.parlamentoabierto.ingest.domain.IngestJob;
import mx.parlamentoabierto.ingest.domain.IngestJobFile;
import mx.parlamentoabierto.ingest.domain.IngestJobProgress;
import mx.parlamentoabierto.ingest.domain.IngestJobRepository;
import mx.parlamentoabierto.ingest.domain.JobFileState;
import mx.parlamentoabierto.platform.ResourceNotFoundException;
import mx.parlamentoabierto.platform.persistence.UnitOfWork;

/**
 * Opens ingest jobs, records what became of each file sent under one, and reports their progress. Recording
 * a file happens after the document pipeline accepted or refused it; the document itself never depends on
 * its job (an upload without a job is as good as one with).
 */
@jakarta.enterprise.context.ApplicationScoped
public class IngestJobs {

    public static final int MAX_PAGE = 1000;

    private IngestJobRepository jobs;
    private Clock clock;

    protected IngestJobs() {
        // CDI proxy
    }

    @jakarta.inject.Inject
    public IngestJobs(IngestJobRepository jobs, Clock clock) {
        this.jobs = jobs;
        this.clock = clock;
    }

    @UnitOfWork
    public IngestJobProgress open(String label, int expectedFiles, String createdBy) {
        IngestJob job = new IngestJob(label, expectedFiles, createdBy, clock.instant());
        jobs.add(job);
        return progress(job.id());
    }

    /** @throws IllegalArgumentException when the job does not exist (the caller named it in a request) */
    @UnitOfWork
    public void requireExisting(long jobId) {
        if (jobs.find(jobId).isEmpty()) {
            throw new IllegalArgumentException("job: no existe la importación " + jobId);
        }
    }

    @UnitOfWork
    public void received(long jobId, String fileName, long documentId, boolean duplicate) {
        record(new IngestJobFile(jobId, fileName, duplicate ? FileOutcome.DUPLICATE : FileOutcome.RECEIVED, documentId, null, clock.instant()));
    }

    @UnitOfWork
    public void rejected(long jobId, String fileName, String reason) {
        record(new IngestJobFile(jobId, fileName, FileOutcome.REJECTED, null, reason, clock.instant()));
    }

    private void record(IngestJobFile file) {
        jobs.addFile(file);
    }

    /** @throws ResourceNotFoundException when the job does not exist */
    @UnitOfWork
    public IngestJobProgress progress(long jobId) {
        return find(jobId).orElseThrow(() -> notFound(jobId));
    }

    @UnitOfWork
    public List<IngestJobProgress> recent(int limit) {
        if (limit < 1 || limit > 200) {
            throw new IllegalArgumentException("limit: entre 1 y 200, recibido " + limit);
        }
        return jobs.recent(limit);
    }

    /** A page of the job's files; {@code after} is the last sequence number of the previous page. */
    @UnitOfWork
    public List<JobFileState> files(long jobId, long after, int limit, boolean onlyFailures) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("limit: entre 1 y " + MAX_PAGE + ", recibido " + limit);
        }
        if (after < 0) {
            throw new IllegalArgumentException("after: no puede ser negativo");
        }
        if (jobs.find(jobId).isEmpty()) {
            throw notFound(jobId);
        }
        return jobs.files(jobId, after, limit, onlyFailures);
    }

    @UnitOfWork
    public Optional<IngestJobProgress> find(long jobId) {
        return jobs.progress(jobId);
    }

    private static ResourceNotFoundException notFound(long jobId) {
        return new ResourceNotFoundException("No existe la importación " + jobId);
    }
}
