package mx.parlamentoabierto.budget.domain;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One imported file: its name, content hash, format, archived copy, and who imported it when. */
@Entity
@Cacheable(false)
@Table(name = "budget_source")
public class BudgetSource {

    @Id
    @SequenceGenerator(name = "budget_source_seq", sequenceName = "budget_source_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "budget_source_seq")
    private Long id;

    @Column(name = "file_name", nullable = false, length = 300)
    private String fileName;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(nullable = false, length = 32)
    private String format;

    @Column(nullable = false, length = 500)
    private String description;

    @Column(name = "document_id")
    private Long documentId;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @Column(name = "imported_by", length = 100)
    private String importedBy;

    protected BudgetSource() {
        // JPA
    }

    public BudgetSource(String fileName, String sha256, String format, String description, Long documentId, Instant importedAt, String importedBy) {
        this.fileName = Objects.requireNonNull(fileName);
        this.sha256 = Objects.requireNonNull(sha256);
        this.format = Objects.requireNonNull(format);
        this.description = description == null ? "" : description;
        this.documentId = documentId;
        this.importedAt = Objects.requireNonNull(importedAt);
        this.importedBy = importedBy;
    }

    public Long id() { return id; }
    public String fileName() { return fileName; }
    public String sha256() { return sha256; }
    public String format() { return format; }
    public String description() { return description; }
    public Long documentId() { return documentId; }
    public Instant importedAt() { return importedAt; }
    public String importedBy() { return importedBy; }
}
