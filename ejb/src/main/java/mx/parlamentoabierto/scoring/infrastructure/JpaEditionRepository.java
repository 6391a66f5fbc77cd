package mx.parlamentoabierto.scoring.infrastructure;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import mx.parlamentoabierto.platform.persistence.Database;
import mx.parlamentoabierto.scoring.domain.Edition;
import mx.parlamentoabierto.scoring.domain.EditionRepository;

@ApplicationScoped
public class JpaEditionRepository implements EditionRepository {

    private Database database;

    protected JpaEditionRepository() {
        // CDI proxy
    }

    @Inject
    public JpaEditionRepository(Database database) {
        this.database = database;
    }

    @Override
    public List<Edition> findAll() {
        return database.currentEntityManager()
                .createQuery("SELECT e FROM Edition e ORDER BY e.year DESC, e.id", Edition.class).getResultList();
    }

    @Override
    public Optional<Edition> find(String id) {
        return Optional.ofNullable(database.currentEntityManager().find(Edition.class, id));
    }

    @Override
    public void add(Edition edition) {
        database.currentEntityManager().persist(edition);
    }
}
