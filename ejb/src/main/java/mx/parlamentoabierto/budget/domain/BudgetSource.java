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

    /** The classes the file has no column for, by year: {@code 2013:pensions;2014:pensions} (empty for most files). */
    @Column(name = "unpublished_classes", nullable = false, length = 500)
    private String unpublishedClasses = "";

    protected BudgetSource() {
        // JPA
    }

    public BudgetSource(String fileName, String sha256, String format, String description, Long documentId, Instant importedAt, String importedBy,
            java.util.Map<Integer, java.util.Set<EconomicClass>> unpublished) {
        this.fileName = Objects.requireNonNull(fileName);
        this.sha256 = Objects.requireNonNull(sha256);
        this.format = Objects.requireNonNull(format);
        this.description = description == null ? "" : description;
        this.documentId = documentId;
        this.importedAt = Objects.requireNonNull(importedAt);
        this.importedBy = importedBy;
        this.unpublishedClasses = encode(unpublished);
    }

    static String encode(java.util.Map<Integer, java.util.Set<EconomicClass>> unpublished) {
        return unpublished.entrySet().stream().filter(e -> !e.getValue().isEmpty()).sorted(java.util.Map.Entry.comparingByKey())
                .map(e -> e.getKey() + ":" + e.getValue().stream().sorted().map(EconomicClass::code).collect(java.util.stream.Collectors.joining(",")))
                .collect(java.util.stream.Collectors.joining(";"));
    }

    /** The classes a source stored as {@link #unpublishedClasses} did not publish in a year. */
    public static java.util.Set<EconomicClass> unpublishedIn(String encoded, int year) {
        java.util.Set<EconomicClass> classes = java.util.EnumSet.noneOf(EconomicClass.class);
        for (String part : (encoded == null ? "" : encoded).split(";")) {
            int colon = part.indexOf(':');
            if (colon > 0 && part.substring(0, colon).strip().equals(String.valueOf(year))) {
                for (String code : part.substring(colon + 1).split(",")) {
                    EconomicClass.fromCode(code).ifPresent(classes::add);
                }
            }
        }
        return classes;
    }

    public Long id() { return id; }
    public String fileName() { return fileName; }
    public String sha256() { return sha256; }
    public String format() { return format; }
    public String description() { return description; }
    public Long documentId() { return documentId; }
    public Instant importedAt() { return importedAt; }
    public String importedBy() { return importedBy; }
    public String unpublishedClasses() { return unpublishedClasses; }
}
