package mx.parlamentoabierto.ingest.domain;

import java.util.List;
import java.util.Optional;

/** Ingest jobs and their file records; every method runs inside the caller's transaction. */
public interface IngestJobRepository {

    void add(IngestJob job);

    Optional<IngestJob> find(long id);

    void addFile(IngestJobFile file);

    Optional<IngestJobProgress> progress(long id);

    /** The most recent jobs first. */
    List<IngestJobProgress> recent(int limit);

    /** The job's files in arrival order, after the given sequence number (0 for the first page). */
    List<JobFileState> files(long jobId, long after, int limit, boolean onlyFailures);
}
