package mx.parlamentoabierto.document.infrastructure;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import mx.parlamentoabierto.document.domain.Document;
import mx.parlamentoabierto.document.domain.DocumentRepository;
import mx.parlamentoabierto.document.domain.DocumentStatus;
import mx.parlamentoabierto.document.domain.SearchOutboxEntry;
import mx.parlamentoabierto.platform.persistence.Database;

@ApplicationScoped
public class JpaDocumentRepository implements DocumentRepository {

    private Database database;

    protected JpaDocumentRepository() {
        // CDI proxy
    }

    @Inject
    public JpaDocumentRepository(Database database) {
        this.database = database;
    }

    private EntityManager em() {
        return database.currentEntityManager();
    }

    @Override
    public void add(Document document) {
        em().persist(document);
    }

    @Override
    public Optional<Document> find(long id) {
        return Optional.ofNullable(em().find(Document.class, id));
    }

    @Override
    public Optional<Document> findBySha256(String sha256) {
        return em().createQuery("SELECT d FROM Document d WHERE d.sha256 = :sha", Document.class)
                .setParameter("sha", sha256).getResultStream().findFirst();
    }

    @Override
    public List<mx.parlamentoabierto.document.domain.DocumentSummary> currentBetween(String legislatureId, java.time.LocalDate from,
            java.time.LocalDate to, int limit) {
        return em().createQuery("SELECT NEW mx.parlamentoabierto.document.domain.DocumentSummary(d.id, d.type, d.title, d.date, d.receivedAt) FROM Document d "
                + "WHERE d.legislatureId = :l AND d.current = TRUE AND d.date >= :from AND d.date <= :to ORDER BY d.date DESC, d.id DESC",
                mx.parlamentoabierto.document.domain.DocumentSummary.class).setParameter("l", legislatureId).setParameter("from", from)
                .setParameter("to", to).setMaxResults(limit).getResultList();
    }

    @Override
    public Optional<Document> findCurrentBySource(String legislatureId, String sourceUrl) {
        return em().createQuery("SELECT d FROM Document d WHERE d.legislatureId = :l AND d.sourceUrl = :u AND d.current = TRUE",
                Document.class).setParameter("l", legislatureId).setParameter("u", sourceUrl).getResultStream().findFirst();
    }

    @Override
    public List<Long> idsAwaitingExtraction(int limit) {
        return em().createQuery("SELECT d.id FROM Document d WHERE d.status = :s ORDER BY d.id", Long.class)
                .setParameter("s", DocumentStatus.RECEIVED).setMaxResults(limit).getResultList();
    }

    @Override
    public Optional<String> sha256AwaitingExtraction(long id) {
        return em().createQuery("SELECT d.sha256 FROM Document d WHERE d.id = :id AND d.status = :s", String.class)
                .setParameter("id", id).setParameter("s", DocumentStatus.RECEIVED).getResultStream().findFirst();
    }

    @Override
    public List<mx.parlamentoabierto.document.domain.DocumentSummary> newest(String legislatureId, int limit) {
        return em().createQuery("SELECT NEW mx.parlamentoabierto.document.domain.DocumentSummary(d.id, d.type, d.title, d.date, d.receivedAt) "
                + "FROM Document d WHERE d.legislatureId = :l AND d.current = TRUE AND d.status <> :failed ORDER BY d.receivedAt DESC, d.id DESC",
                mx.parlamentoabierto.document.domain.DocumentSummary.class).setParameter("l", legislatureId)
                .setParameter("failed", DocumentStatus.FAILED).setMaxResults(limit).getResultList();
    }

    @Override
    public List<Document> children(long parentId) {
        return em().createQuery("SELECT d FROM Document d WHERE d.parentDocumentId = :p ORDER BY d.id", Document.class).setParameter("p", parentId)
                .getResultList();
    }

    @Override
    public List<Long> idsWithText(long afterId, int limit) {
        return em().createQuery("SELECT d.id FROM Document d WHERE d.id > :after AND d.status IN :s ORDER BY d.id", Long.class)
                .setParameter("after", afterId).setParameter("s", List.of(DocumentStatus.EXTRACTED, DocumentStatus.INDEXED))
                .setMaxResults(limit).getResultList();
    }

    @Override
    public List<Document> findAll(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em().createQuery("SELECT d FROM Document d WHERE d.id IN :ids ORDER BY d.id", Document.class)
                .setParameter("ids", ids).getResultList();
    }

    @Override
    public List<Long> idsWithTextChangedSince(Instant since) {
        return em().createQuery("SELECT d.id FROM Document d WHERE d.updatedAt >= :since AND d.status IN :s ORDER BY d.id", Long.class)
                .setParameter("since", since).setParameter("s", List.of(DocumentStatus.EXTRACTED, DocumentStatus.INDEXED))
                .getResultList();
    }

    @Override
    public Map<DocumentStatus, Long> countByStatus() {
        Map<DocumentStatus, Long> counts = new EnumMap<>(DocumentStatus.class);
        for (DocumentStatus s : DocumentStatus.values()) {
            counts.put(s, 0L);
        }
        for (Object[] row : em().createQuery("SELECT d.status, COUNT(d) FROM Document d GROUP BY d.status", Object[].class).getResultList()) {
            counts.put((DocumentStatus) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    @Override
    public void addToOutbox(SearchOutboxEntry entry) {
        em().persist(entry);
    }

    @Override
    public List<SearchOutboxEntry> dueOutbox(Instant now, int limit) {
        return em().createQuery("SELECT o FROM SearchOutboxEntry o WHERE o.nextAttemptAt <= :now ORDER BY o.id", SearchOutboxEntry.class)
                .setParameter("now", now).setMaxResults(limit).getResultList();
    }

    @Override
    public List<SearchOutboxEntry> findOutbox(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em().createQuery("SELECT o FROM SearchOutboxEntry o WHERE o.id IN :ids", SearchOutboxEntry.class)
                .setParameter("ids", ids).getResultList();
    }

    @Override
    public void removeFromOutbox(SearchOutboxEntry entry) {
        em().remove(em().contains(entry) ? entry : em().merge(entry));
    }

    @Override
    public long outboxSize() {
        return em().createQuery("SELECT COUNT(o) FROM SearchOutboxEntry o", Long.class).getSingleResult();
    }
}
