package mx.parlamentoabierto.opendata.infrastructure;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import mx.parlamentoabierto.opendata.domain.DatasetVersion;
import mx.parlamentoabierto.opendata.domain.DatasetVersions;
import mx.parlamentoabierto.platform.persistence.Database;

/** The {@code dataset_version} table through JPA, in the caller's unit of work. */
@ApplicationScoped
public class JpaDatasetVersions implements DatasetVersions {

    private Database database;

    protected JpaDatasetVersions() {
        // CDI proxy
    }

    @Inject
    public JpaDatasetVersions(Database database) {
        this.database = database;
    }

    @Override
    public List<DatasetVersion> of(String dataset) {
        return database.currentEntityManager().createQuery("SELECT v FROM DatasetVersion v WHERE v.dataset = :d", DatasetVersion.class)
                .setParameter("d", dataset).getResultList();
    }

    @Override
    public Optional<DatasetVersion> latest(String dataset) {
        return database.currentEntityManager().createQuery("SELECT v FROM DatasetVersion v WHERE v.dataset = :d ORDER BY v.builtAt DESC",
                DatasetVersion.class).setParameter("d", dataset).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public void add(DatasetVersion version) {
        database.currentEntityManager().persist(version);
    }
}
