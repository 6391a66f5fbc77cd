package mx.parlamentoabierto.search.application;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import mx.parlamentoabierto.methodology.application.MethodologyCatalog;

/**
 * Brings the search index in line with the database: creates the indices and indexes every methodology
 * version. Called at startup and then periodically until it succeeds, so a portal started while
 * Elasticsearch is down catches up on its own.
 */
@ApplicationScoped
public class SearchSynchronizer {

    private static final Logger LOG = Logger.getLogger(SearchSynchronizer.class.getName());

    private SearchIndex index;
    private MethodologyCatalog methodologies;
    private final AtomicBoolean synchronised = new AtomicBoolean();

    protected SearchSynchronizer() {
        // CDI proxy
    }

    @Inject
    public SearchSynchronizer(SearchIndex index, MethodologyCatalog methodologies) {
        this.index = index;
        this.methodologies = methodologies;
    }

    /** @return true once the index holds everything the database has */
    public boolean synchroniseIfPending() {
        if (synchronised.get()) {
            return true;
        }
        try {
            index.ensureIndices();
            methodologies.all().forEach(index::indexMethodology);
            index.activateIndices();
            synchronised.set(true);
            LOG.info("Índice de búsqueda sincronizado con la base de datos");
            return true;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Elasticsearch no disponible; se reintentará: {0}", e.getMessage());
            return false;
        }
    }

    public boolean isSynchronised() {
        return synchronised.get();
    }
}
