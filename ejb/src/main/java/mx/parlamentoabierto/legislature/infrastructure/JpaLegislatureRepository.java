package mx.parlamentoabierto.legislature.infrastructure;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import mx.parlamentoabierto.legislature.domain.Legislature;
import mx.parlamentoabierto.legislature.domain.LegislatureRepository;
import mx.parlamentoabierto.platform.persistence.Database;

@ApplicationScoped
public class JpaLegislatureRepository implements LegislatureRepository {

    private Database database;

    protected JpaLegislatureRepository() {
        // CDI proxy
    }

    @Inject
    public JpaLegislatureRepository(Database database) {
        this.database = database;
    }

    @Override
    public List<Legislature> findAll() {
        return database.currentEntityManager()
                .createQuery("SELECT l FROM Legislature l ORDER BY l.sortOrder, l.id", Legislature.class).getResultList();
    }

    @Override
    public Optional<Legislature> find(String id) {
        return Optional.ofNullable(database.currentEntityManager().find(Legislature.class, id));
    }

    @Override
    public void save(Legislature legislature) {
        if (database.currentEntityManager().find(Legislature.class, legislature.id()) == null) {
            database.currentEntityManager().persist(legislature);
        }
    }
}
