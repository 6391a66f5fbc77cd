package mx.parlamentoabierto.document.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where documents and their search outbox are kept. */
public interface DocumentRepository {

    void add(Document document);

    /** Current documents of a legislature dated within [from, to], newest first: id, type, title and date only. */
    List<DocumentSummary> currentBetween(String legislatureId, java.time.LocalDate from, java.time.LocalDate to, int limit);

    Optional<Document> find(long id);

    Optional<Document> findBySha256(String sha256);

    /** The current version of the document last received from this source URL for this legislature. */
    Optional<Document> findCurrentBySource(String legislatureId, String sourceUrl);

    List<Long> idsAwaitingExtraction(int limit);

    /** The SHA-256 of the document's bytes if it still awaits extraction (one column read, not the whole document). */
    Optional<String> sha256AwaitingExtraction(long id);

    /** A legislature's newest current documents that did not fail, newest received first (its feed). */
    List<DocumentSummary> newest(String legislatureId, int limit);

    /** The documents unpacked from a container, in the order they were received. */
    List<Document> children(long parentId);

    /** Ids of documents with extracted text (EXTRACTED or INDEXED), in id order, after {@code afterId}. */
    List<Long> idsWithText(long afterId, int limit);

    List<Document> findAll(List<Long> ids);

    /** Documents with text changed at or after {@code since} (status EXTRACTED or INDEXED). */
    List<Long> idsWithTextChangedSince(Instant since);

    Map<DocumentStatus, Long> countByStatus();

    void addToOutbox(SearchOutboxEntry entry);

    List<SearchOutboxEntry> dueOutbox(Instant now, int limit);

    /** The outbox rows with these ids that still exist (a row settled meanwhile, e.g. by another instance, is absent). */
    List<SearchOutboxEntry> findOutbox(Collection<Long> ids);

    void removeFromOutbox(SearchOutboxEntry entry);

    long outboxSize();
}
