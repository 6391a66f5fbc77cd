package mx.parlamentoabierto.audit.infrastructure;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import mx.parlamentoabierto.audit.domain.AuditEntry;
import mx.parlamentoabierto.audit.domain.AuditRepository;
import mx.parlamentoabierto.platform.persistence.Database;

@ApplicationScoped
public class JpaAuditRepository implements AuditRepository {

    private Database database;

    protected JpaAuditRepository() {
        // CDI proxy
    }

    @Inject
    public JpaAuditRepository(Database database) {
        this.database = database;
    }

    @Override
    public void append(AuditEntry entry) {
        database.currentEntityManager().persist(entry);
    }

    @Override
    public List<AuditEntry> ofEdition(String editionId, long afterId, int limit) {
        return database.currentEntityManager()
                .createQuery("SELECT a FROM AuditEntry a WHERE a.editionId = :e AND a.id > :after ORDER BY a.id", AuditEntry.class)
                .setParameter("e", editionId).setParameter("after", afterId).setMaxResults(limit).getResultList();
    }

    @Override
    public List<AuditEntry> latest(int limit) {
        return database.currentEntityManager().createQuery("SELECT a FROM AuditEntry a ORDER BY a.id DESC", AuditEntry.class)
                .setMaxResults(limit).getResultList();
    }
}
