package mx.parlamentoabierto.ingest.domain;

import java.time.Instant;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One import of many files; how far it got is computed from its file records, never stored. */
@Entity
@Cacheable(false) // written by several threads and instances: always read from the database (ADR 0011)
@Table(name = "ingest_job")
public class IngestJob {

    public static final int MAX_FILES = 1_000_000;

    @Id
    @SequenceGenerator(name = "ingest_job_seq", sequenceName = "ingest_job_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ingest_job_seq")
    private Long id;

    @Column(nullable = false, length = 200)
    private String label;

    @Column(name = "expected_files", nullable = false)
    private int expectedFiles;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected IngestJob() {
        // JPA
    }

    /** @throws IllegalArgumentException naming the field that is wrong */
    public IngestJob(String label, int expectedFiles, String createdBy, Instant createdAt) {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("label: es obligatorio");
        }
        if (label.strip().length() > 200) {
            throw new IllegalArgumentException("label: no puede pasar de 200 caracteres");
        }
        if (expectedFiles < 1 || expectedFiles > MAX_FILES) {
            throw new IllegalArgumentException("expectedFiles: entre 1 y " + MAX_FILES + ", recibido " + expectedFiles);
        }
        this.label = label.strip();
        this.expectedFiles = expectedFiles;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long id() { return id; }
    public String label() { return label; }
    public int expectedFiles() { return expectedFiles; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
}
