package mx.parlamentoabierto.legislature.application;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import mx.parlamentoabierto.legislature.domain.Legislature;
import mx.parlamentoabierto.legislature.domain.LegislatureRepository;
import mx.parlamentoabierto.platform.persistence.UnitOfWork;

/** Reads and synchronises the registry of legislatures. */
@ApplicationScoped
public class LegislatureCatalog {

    private LegislatureRepository repository;

    protected LegislatureCatalog() {
        // CDI proxy
    }

    @Inject
    public LegislatureCatalog(LegislatureRepository repository) {
        this.repository = repository;
    }

    @UnitOfWork
    public List<Legislature> all() {
        return repository.findAll();
    }

    @UnitOfWork
    public Optional<Legislature> find(String id) {
        if (id == null || !Legislature.ID_PATTERN.matcher(id).matches()) {
            return Optional.empty();
        }
        return repository.find(id);
    }

    /**
     * Brings the database in line with the registry file: new legislatures are added, descriptions updated.
     * Legislatures missing from the file are kept, because answers and documents may refer to them.
     *
     * @return how many rows were added or changed
     */
    @UnitOfWork
    public int synchronize(List<Legislature> fromRegistry) {
        int changed = 0;
        for (Legislature wanted : fromRegistry) {
            Optional<Legislature> existing = repository.find(wanted.id());
            if (existing.isEmpty()) {
                repository.save(wanted);
                changed++;
            } else if (!existing.get().sameDescriptionAs(wanted)) {
                existing.get().describe(wanted.name(), wanted.kind(), wanted.state(), wanted.country(),
                        wanted.website(), wanted.sortOrder());
                changed++;
            }
        }
        return changed;
    }
}
