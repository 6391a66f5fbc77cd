package mx.parlamentoabierto.ingest.domain;

import java.time.Instant;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One file of a job: its outcome on arrival and, unless refused, the document it became. */
@Entity
@Cacheable(false) // written by several threads and instances: always read from the database (ADR 0011)
@Table(name = "ingest_job_file")
public class IngestJobFile {

    @Id
    @SequenceGenerator(name = "ingest_job_file_seq", sequenceName = "ingest_job_file_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ingest_job_file_seq")
    private Long id;

    @Column(name = "job_id", nullable = false)
    private Long jobId;

    @Column(name = "file_name", nullable = false, length = 300)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private FileOutcome outcome;

    @Column(name = "document_id")
    private Long documentId;

    @Column(length = 1000)
    private String reason;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected IngestJobFile() {
        // JPA
    }

    public IngestJobFile(long jobId, String fileName, FileOutcome outcome, Long documentId, String reason, Instant recordedAt) {
        if ((outcome == FileOutcome.REJECTED) != (documentId == null)) {
            throw new IllegalArgumentException("a refused file has no document; any other file has one");
        }
        String name = fileName == null || fileName.isBlank() ? "(sin nombre)" : fileName.strip();
        this.jobId = jobId;
        this.fileName = name.length() > 300 ? name.substring(name.length() - 300) : name;
        this.outcome = outcome;
        this.documentId = documentId;
        this.reason = reason == null ? null : reason.length() > 1000 ? reason.substring(0, 1000) : reason;
        this.recordedAt = recordedAt;
    }

    public Long id() { return id; }
    public Long jobId() { return jobId; }
    public String fileName() { return fileName; }
    public FileOutcome outcome() { return outcome; }
    public Long documentId() { return documentId; }
    public String reason() { return reason; }
    public Instant recordedAt() { return recordedAt; }
}
