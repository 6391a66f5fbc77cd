package mx.parlamentoabierto.search.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;

import mx.parlamentoabierto.platform.config.PortalConfiguration;
import mx.parlamentoabierto.search.application.SearchIndex;

/** The portal's single Elasticsearch adapter, configured from MicroProfile Config and closed on shutdown. */
@ApplicationScoped
public class SearchIndexProducer {

    @Produces
    @ApplicationScoped
    SearchIndex searchIndex(PortalConfiguration configuration) {
        return new ElasticsearchSearchIndex(configuration.elasticsearchUrl(), configuration.indexPrefix(),
                IndexDefinition.readDirectory(configuration.configDir().resolve("elasticsearch")));
    }

    void close(@Disposes SearchIndex index) {
        if (index instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                // shutting down; nothing more to do
            }
        }
    }
}
