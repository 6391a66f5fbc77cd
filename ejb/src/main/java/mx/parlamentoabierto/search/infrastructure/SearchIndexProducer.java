package mx.parlamentoabierto.search.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;

import mx.parlamentoabierto.platform.config.PortalConfiguration;
import mx.parlamentoabierto.search.application.DocumentIndex;
import mx.parlamentoabierto.search.application.RecordIndex;
import mx.parlamentoabierto.search.application.SearchIndex;
import mx.parlamentoabierto.search.application.SpeechIndex;

/** The portal's single Elasticsearch adapter, configured from MicroProfile Config and closed on shutdown. */
@ApplicationScoped
public class SearchIndexProducer {

    private ElasticsearchSearchIndex instance;

    /** The one adapter (and client) every port shares. */
    private synchronized ElasticsearchSearchIndex instance(PortalConfiguration configuration) {
        if (instance == null) {
            instance = new ElasticsearchSearchIndex(configuration.elasticsearchUrl(), configuration.indexPrefix(),
                    IndexDefinition.readDirectory(configuration.configDir().resolve("elasticsearch")));
        }
        return instance;
    }

    @Produces
    @ApplicationScoped
    SearchIndex searchIndex(PortalConfiguration configuration) {
        return instance(configuration);
    }

    @Produces
    @ApplicationScoped
    DocumentIndex documentIndex(PortalConfiguration configuration) {
        return new ElasticsearchDocumentIndex(instance(configuration), configuration.searchTimeBudget());
    }

    @Produces
    @ApplicationScoped
    RecordIndex recordIndex(PortalConfiguration configuration) {
        return new ElasticsearchRecordIndex(instance(configuration), configuration.searchTimeBudget());
    }

    @Produces
    @ApplicationScoped
    SpeechIndex speechIndex(PortalConfiguration configuration) {
        return new ElasticsearchSpeechIndex(instance(configuration), configuration.searchTimeBudget());
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
