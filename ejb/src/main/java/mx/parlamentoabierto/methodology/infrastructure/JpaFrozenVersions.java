package mx.parlamentoabierto.methodology.infrastructure;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import mx.parlamentoabierto.methodology.domain.FrozenVersions;
import mx.parlamentoabierto.methodology.domain.Methodology;
import mx.parlamentoabierto.platform.persistence.Database;

/** The {@code methodology_version} table through JPA, in the caller's unit of work. */
@ApplicationScoped
public class JpaFrozenVersions implements FrozenVersions {

    private Database database;

    protected JpaFrozenVersions() {
        // CDI proxy
    }

    @Inject
    public JpaFrozenVersions(Database database) {
        this.database = database;
    }

    @Override
    public Optional<Frozen> find(String key) {
        return Optional.ofNullable(database.currentEntityManager().find(FrozenMethodology.class, key)).map(JpaFrozenVersions::frozen);
    }

    @Override
    public void freeze(Methodology methodology, String contentSha256, String content, Instant at) {
        database.currentEntityManager().persist(new FrozenMethodology(methodology.key(), methodology.id(), methodology.version(),
                methodology.title(), contentSha256, content, at));
    }

    @Override
    public List<Frozen> all() {
        return database.currentEntityManager().createQuery("SELECT f FROM FrozenMethodology f", FrozenMethodology.class).getResultList()
                .stream().map(JpaFrozenVersions::frozen).toList();
    }

    private static Frozen frozen(FrozenMethodology f) {
        return new Frozen(f.key(), f.contentSha256(), f.content(), f.frozenAt());
    }
}
