package mx.parlamentoabierto.ingest.interfaces.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import mx.parlamentoabierto.ingest.application.IngestJobs;
import mx.parlamentoabierto.ingest.domain.IngestJobProgress;
import mx.parlamentoabierto.ingest.domain.JobFileState;

/**
 * {@code admin/importaciones.xhtml}: the recent ingest jobs with done/total, and with {@code ?id=} one job's
 * counts and the files that failed, with their reasons. The page reloads itself while a job is running.
 */
@Named
@RequestScoped
public class IngestJobsPage {

    static final int RECENT = 50;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    static final int FAILURES_SHOWN = 500;

    @Inject
    IngestJobs jobs;

    private Long id;
    private List<IngestJobProgress> recent = List.of();
    private IngestJobProgress job;
    private List<JobFileState> failures = List.of();
    private boolean notFound;

    public void load() {
        if (id == null) {
            recent = jobs.recent(RECENT);
            return;
        }
        job = jobs.find(id).orElse(null);
        if (job == null) {
            notFound = true;
            return;
        }
        failures = jobs.files(id, 0, FAILURES_SHOWN, true);
    }

    /** When a job was opened, to the minute, in UTC (the portal serves several time zones). */
    public String when(Instant at) {
        return WHEN.format(at);
    }

    /** Reload every few seconds while something shown is still running. */
    public boolean isRunning() {
        return job != null ? !job.complete() : recent.stream().anyMatch(j -> !j.complete());
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public List<IngestJobProgress> getRecent() { return recent; }
    public IngestJobProgress getJob() { return job; }
    public List<JobFileState> getFailures() { return failures; }
    public boolean isNotFound() { return notFound; }
}
