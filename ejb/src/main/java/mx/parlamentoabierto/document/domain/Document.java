package mx.parlamentoabierto.document.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.Basic;
import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A legislative document of one legislature: what was received (file name, media type, size, SHA-256 of the
 * bytes, kept in the file store), what was extracted (text and metadata) and where it is in the pipeline.
 */
@Entity
@Cacheable(false) // written by several threads and instances: always read from the database (ADR 0011)
@Table(name = "document")
public class Document {

    @Id
    @SequenceGenerator(name = "document_seq", sequenceName = "document_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "document_seq")
    private Long id;

    @Column(name = "legislature_id", nullable = false, length = 64)
    private String legislatureId;

    @Enumerated(EnumType.STRING)
    @Column(name = "document_type", nullable = false, length = 40)
    private DocumentType type;

    @Column(name = "document_date")
    private LocalDate date;

    @Column(nullable = false, length = 500)
    private String title;

    @Column(length = 100)
    private String identifier;

    @Column(name = "source_url", length = 2000)
    private String sourceUrl;

    @Column(name = "version_number", nullable = false)
    private int version;

    @Column(name = "is_current", nullable = false)
    private boolean current;

    @Column(name = "previous_version_id")
    private Long previousVersionId;

    @Column(name = "original_file_name", nullable = false, length = 300)
    private String originalFileName;

    @Column(name = "media_type", nullable = false, length = 200)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "extracted_text")
    private String text;

    @Column(name = "text_truncated", nullable = false)
    private boolean textTruncated;

    @Column(name = "truncation_reason", length = 500)
    private String truncationReason;

    @Column(name = "embedded_documents", nullable = false)
    private int embeddedDocuments;

    @Column(name = "meta_title", length = 1000)
    private String metaTitle;
    @Column(name = "meta_author", length = 500)
    private String metaAuthor;
    @Column(name = "meta_created", length = 64)
    private String metaCreated;
    @Column(name = "meta_modified", length = 64)
    private String metaModified;
    @Column(name = "meta_page_count")
    private Integer metaPageCount;
    @Column(name = "meta_language", length = 32)
    private String metaLanguage;

    @Column(name = "ocr_pages", length = 500)
    private String ocrPages;
    @Column(name = "ocr_confidence")
    private Double ocrConfidence;
    @Column(name = "date_source", length = 300)
    private String dateSource;
    @Column(name = "type_source", length = 300)
    private String typeSource;

    @Column(name = "title_source", length = 300)
    private String titleSource;
    @Column(name = "parent_document_id")
    private Long parentDocumentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DocumentStatus status;

    @Column(name = "failure_reason", length = 1000)
    private String failureReason;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "document_status_history", joinColumns = @JoinColumn(name = "document_id"))
    @OrderColumn(name = "change_order")
    private List<StatusChange> history = new ArrayList<>();

    protected Document() {
        // JPA
    }

    /** A newly received document (first version, or the next version of {@code previous}). */
    public Document(DocumentDescription description, StoredFile file, Document previous, Instant at) {
        this.legislatureId = Objects.requireNonNull(description.legislatureId(), "legislatureId");
        this.type = Objects.requireNonNull(description.type(), "type");
        this.date = description.date();
        this.title = Objects.requireNonNull(description.title(), "title");
        this.identifier = description.identifier();
        this.sourceUrl = description.sourceUrl();
        this.originalFileName = Objects.requireNonNull(description.originalFileName(), "originalFileName");
        this.mediaType = Objects.requireNonNull(file.mediaType(), "mediaType");
        this.size = file.size();
        this.sha256 = Objects.requireNonNull(file.sha256(), "sha256");
        this.version = previous == null ? 1 : previous.version + 1;
        this.previousVersionId = previous == null ? null : previous.id;
        this.current = true;
        this.receivedAt = at;
        moveTo(DocumentStatus.RECEIVED, at, "recibido: " + originalFileName);
    }

    /** A newer version replaced this one; it stays stored and reachable by id. */
    public void supersede(Instant at) {
        current = false;
        updatedAt = at;
    }

    public void extracted(String extractedText, Map<String, String> metadata, boolean truncated, int embedded, Instant at) {
        this.text = extractedText;
        this.textTruncated = truncated;
        this.truncationReason = truncated ? cut(Objects.requireNonNullElse(metadata.get("truncation"), "el texto superó un límite de la extracción"), 500) : null;
        this.embeddedDocuments = embedded;
        this.metaTitle = cut(metadata.get("title"), 1000);
        this.metaAuthor = cut(metadata.containsKey("akn:speakers") ? metadata.get("akn:speakers") : metadata.get("author"), 500);
        this.metaCreated = cut(metadata.get("created"), 64);
        this.metaModified = cut(metadata.get("modified"), 64);
        this.metaLanguage = cut(metadata.get("language"), 32);
        try {
            this.metaPageCount = metadata.get("pageCount") == null ? null : Integer.valueOf(metadata.get("pageCount"));
        } catch (NumberFormatException e) {
            this.metaPageCount = null;
        }
        this.ocrPages = ocrPages(metadata);
        try {
            this.ocrConfidence = metadata.get("ocr.confidence") == null ? null : Double.valueOf(metadata.get("ocr.confidence"));
        } catch (NumberFormatException e) {
            this.ocrConfidence = null;
        }
        String detected = metadata.get("contentType");
        if (detected != null && !detected.isBlank()) {
            this.mediaType = cut(detected, 200);
        }
        this.failureReason = null;
        moveTo(DocumentStatus.EXTRACTED, at, (truncated ? "texto incompleto (" + truncationReason + "); " : "") + extractedText.length() + " caracteres");
    }

    /**
     * Fills what the uploader left open from the document's own structured metadata (Akoma Ntoso): the number as
     * identifier, the title when only the file name was given. Date and type: {@link #inferMissing}.
     */
    public void completeFrom(String metadataIdentifier, String metadataTitle) {
        if (identifier == null || identifier.isBlank()) {
            identifier = cut(metadataIdentifier, 100);
        }
        if (metadataTitle != null && !metadataTitle.isBlank() && title.equals(originalFileName)) {
            title = cut(metadataTitle, 500);
        }
    }

    /** "1-3,7" (the pages read by OCR), "documentos incrustados" when only embedded pictures were, or null. */
    private static String ocrPages(Map<String, String> metadata) {
        String pages = metadata.get("ocr.pages");
        if (pages != null && !pages.isBlank()) {
            return cut(pages, 500);
        }
        String embedded = metadata.get("ocr.embeddedPages");
        return embedded != null && !embedded.equals("0") ? "documentos incrustados" : null;
    }

    /**
     * Fills a date and a type the uploader left open (no date; type "otro") with values found in the document itself,
     * each marked with where it was found so an editor can check it ({@link DocumentInference}).
     */
    public void inferMissing(java.util.Optional<DocumentInference.Inferred<LocalDate>> inferredDate,
            java.util.Optional<DocumentInference.Inferred<DocumentType>> inferredType,
            java.util.Optional<DocumentInference.Inferred<String>> inferredTitle) {
        if (inferredTitle.isPresent() && DocumentInference.saysNothing(title, originalFileName)) {
            title = cut(inferredTitle.get().value(), 500);
            titleSource = cut(inferredTitle.get().source(), 300);
        }
        if (date == null && inferredDate.isPresent()) {
            date = inferredDate.get().value();
            dateSource = cut(inferredDate.get().source(), 300);
        }
        if (type == DocumentType.OTRO && inferredType.isPresent() && inferredType.get().value() != DocumentType.OTRO) {
            type = inferredType.get().value();
            typeSource = cut(inferredType.get().source(), 300);
        }
    }

    /** An editor states the date, type or title: what was inferred is no longer marked so. */
    public void describe(LocalDate newDate, DocumentType newType, String newTitle, Instant at) {
        if (newDate != null) {
            date = newDate;
            dateSource = null;
        }
        if (newType != null) {
            type = newType;
            typeSource = null;
        }
        if (newTitle != null && !newTitle.isBlank()) {
            title = cut(newTitle.strip(), 500);
            titleSource = null;
        }
        updatedAt = at;
    }

    public void unpackedFrom(Long parent) {
        this.parentDocumentId = parent;
    }

    public void indexed(Instant at) {
        moveTo(DocumentStatus.INDEXED, at, null);
    }

    public void failed(String reason, Instant at) {
        this.failureReason = cut(reason == null || reason.isBlank() ? "error desconocido" : reason, 1000);
        moveTo(DocumentStatus.FAILED, at, failureReason);
    }

    /** Extraction is retried after a restart or on request; only a received or failed document can be. */
    public boolean awaitsExtraction() {
        return status == DocumentStatus.RECEIVED;
    }

    private void moveTo(DocumentStatus next, Instant at, String detail) {
        this.status = next;
        this.updatedAt = at;
        this.history.add(new StatusChange(next, at, detail));
    }

    private static String cut(String value, int max) {
        return value == null ? null : value.length() > max ? value.substring(0, max) : value;
    }

    public Long id() { return id; }
    public String legislatureId() { return legislatureId; }
    public DocumentType type() { return type; }
    public LocalDate date() { return date; }
    public String title() { return title; }
    public String identifier() { return identifier; }
    public String sourceUrl() { return sourceUrl; }
    public int version() { return version; }
    public boolean current() { return current; }
    public Long previousVersionId() { return previousVersionId; }
    public String originalFileName() { return originalFileName; }
    public String mediaType() { return mediaType; }
    public long size() { return size; }
    public String sha256() { return sha256; }
    public String text() { return text; }
    public boolean textTruncated() { return textTruncated; }
    /** Why the text is incomplete, in plain Spanish; null when it is whole. */
    public String truncationReason() { return truncationReason; }
    public int embeddedDocuments() { return embeddedDocuments; }
    public String metaTitle() { return metaTitle; }
    public String metaAuthor() { return metaAuthor; }
    public String metaCreated() { return metaCreated; }
    public String metaModified() { return metaModified; }
    public Integer metaPageCount() { return metaPageCount; }
    public String metaLanguage() { return metaLanguage; }
    public DocumentStatus status() { return status; }
    /** Pages read by OCR ("1-3,7"), or null when none was. */
    public String ocrPages() { return ocrPages; }
    /** OCR's mean word confidence, 0–100, or null. */
    public Double ocrConfidence() { return ocrConfidence; }
    /** Where an inferred date was found; null when the uploader or an editor gave it. */
    public String dateSource() { return dateSource; }
    /** Where an inferred type was found; null when the uploader or an editor gave it. */
    public String typeSource() { return typeSource; }
    /** Where the title was found when the uploader gave only a file name (null when it was given). */
    public String titleSource() { return titleSource; }
    /** The document this one was unpacked from (an archive, an e-mail, a mailbox), or null. */
    public Long parentDocumentId() { return parentDocumentId; }
    public String failureReason() { return failureReason; }
    public Instant receivedAt() { return receivedAt; }
    public Instant updatedAt() { return updatedAt; }
    public List<StatusChange> history() { return List.copyOf(history); }
}
