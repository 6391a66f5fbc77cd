package mx.parlamentoabierto.ingest.infrastructure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import mx.parlamentoabierto.document.domain.DocumentStatus;
import mx.parlamentoabierto.ingest.domain.FileOutcome;
import mx.parlamentoabierto.ingest.domain.IngestJob;
import mx.parlamentoabierto.ingest.domain.IngestJobFile;
import mx.parlamentoabierto.ingest.domain.IngestJobProgress;
import mx.parlamentoabierto.ingest.domain.IngestJobRepository;
import mx.parlamentoabierto.ingest.domain.JobFileState;
import mx.parlamentoabierto.platform.persistence.Database;

/** Jobs with JPA; progress is one grouped count over the job's files joined to their documents' status. */
@ApplicationScoped
public class JpaIngestJobRepository implements IngestJobRepository {

    private static final String FILE_STATES = "SELECT f.id, f.file_name, f.outcome, f.document_id, d.status, "
            + "COALESCE(f.reason, d.failure_reason) FROM ingest_job_file f LEFT JOIN document d ON d.id = f.document_id "
            + "WHERE f.job_id = ?1 AND f.id > ?2 ";

    private Database database;

    protected JpaIngestJobRepository() {
        // CDI proxy
    }

    @Inject
    public JpaIngestJobRepository(Database database) {
        this.database = database;
    }

    private EntityManager em() {
        return database.currentEntityManager();
    }

    @Override
    public void add(IngestJob job) {
        em().persist(job);
        em().flush();
    }

    @Override
    public Optional<IngestJob> find(long id) {
        return Optional.ofNullable(em().find(IngestJob.class, id));
    }

    @Override
    public void addFile(IngestJobFile file) {
        em().persist(file);
    }

    @Override
    public Optional<IngestJobProgress> progress(long id) {
        return find(id).map(job -> progress(job, counts(List.of(id)).getOrDefault(id, new long[5])));
    }

    @Override
    public List<IngestJobProgress> recent(int limit) {
        List<IngestJob> latest = em().createQuery("SELECT j FROM IngestJob j ORDER BY j.createdAt DESC, j.id DESC", IngestJob.class)
                .setMaxResults(limit).getResultList();
        if (latest.isEmpty()) {
            return List.of();
        }
        Map<Long, long[]> counts = counts(latest.stream().map(IngestJob::id).toList());
        List<IngestJobProgress> result = new ArrayList<>();
        for (IngestJob job : latest) {
            result.add(progress(job, counts.getOrDefault(job.id(), new long[5])));
        }
        return result;
    }

    private static IngestJobProgress progress(IngestJob job, long[] c) {
        long arrived = c[0] + c[1] + c[2] + c[3] + c[4];
        return new IngestJobProgress(job.id(), job.label(), job.createdBy(), job.createdAt(), job.expectedFiles(), arrived, c[0], c[1], c[2],
                c[3], c[4]);
    }

    /** Per job: rejected, duplicates, pending, indexed, failed. */
    private Map<Long, long[]> counts(List<Long> jobIds) {
        Query query = em().createNativeQuery("SELECT f.job_id, f.outcome, d.status, COUNT(*) FROM ingest_job_file f "
                + "LEFT JOIN document d ON d.id = f.document_id WHERE f.job_id IN (" + placeholders(jobIds.size()) + ") "
                + "GROUP BY f.job_id, f.outcome, d.status");
        for (int i = 0; i < jobIds.size(); i++) {
            query.setParameter(i + 1, jobIds.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<Long, long[]> counts = new HashMap<>();
        for (Object[] row : rows) {
            long[] c = counts.computeIfAbsent(((Number) row[0]).longValue(), k -> new long[5]);
            FileOutcome outcome = FileOutcome.valueOf((String) row[1]);
            DocumentStatus status = status(row[2]);
            long n = ((Number) row[3]).longValue();
            if (outcome == FileOutcome.REJECTED) {
                c[0] += n;
            } else if (outcome == FileOutcome.DUPLICATE) {
                c[1] += n;
            } else if (status == DocumentStatus.INDEXED) {
                c[3] += n;
            } else if (status == DocumentStatus.FAILED) {
                c[4] += n;
            } else {
                c[2] += n;
            }
        }
        return counts;
    }

    private static String placeholders(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            s.append(i == 1 ? "" : ",").append('?').append(i);
        }
        return s.toString();
    }

    @Override
    public List<JobFileState> files(long jobId, long after, int limit, boolean onlyFailures) {
        String sql = FILE_STATES + (onlyFailures ? "AND (f.outcome = 'REJECTED' OR d.status = 'FAILED') " : "") + "ORDER BY f.id";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em().createNativeQuery(sql).setParameter(1, jobId).setParameter(2, after).setMaxResults(limit).getResultList();
        List<JobFileState> files = new ArrayList<>();
        for (Object[] row : rows) {
            files.add(new JobFileState(((Number) row[0]).longValue(), (String) row[1], FileOutcome.valueOf((String) row[2]),
                    row[3] == null ? null : ((Number) row[3]).longValue(), status(row[4]), (String) row[5]));
        }
        return files;
    }

    private static DocumentStatus status(Object column) {
        return column == null ? null : DocumentStatus.valueOf((String) column);
    }
}
