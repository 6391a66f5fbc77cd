package mx.parlamentoabierto.bootstrap;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import mx.parlamentoabierto.demo.DemoEditionGenerator;
import mx.parlamentoabierto.legislature.application.LegislatureCatalog;
import mx.parlamentoabierto.methodology.application.MethodologyCatalog;
import mx.parlamentoabierto.methodology.domain.Methodology;
import mx.parlamentoabierto.platform.config.PortalConfiguration;
import mx.parlamentoabierto.published.application.PublishedResults;
import mx.parlamentoabierto.search.application.SearchSynchronizer;

/**
 * Runs once when the application starts. Any invalid configuration file throws here, which stops the
 * deployment with the file, JSON path and problem in the log.
 */
@ApplicationScoped
public class PortalStartup {

    private static final Logger LOG = Logger.getLogger(PortalStartup.class.getName());

    @Inject
    PortalConfiguration configuration;
    @Inject
    LegislatureCatalog legislatures;
    @Inject
    MethodologyCatalog methodologies;
    @Inject
    PublishedResults publishedResults;
    @Inject
    DemoEditionGenerator demo;
    @Inject
    SearchSynchronizer search;
    @Inject
    mx.parlamentoabierto.document.application.DocumentIngestion ingestion;
    @Inject
    mx.parlamentoabierto.document.application.SearchOutboxRelay relay;

    @Inject
    @ConfigProperty(name = "parlamento.methodology.default", defaultValue = "parlamento-abierto-mx")
    String defaultMethodology;

    private ScheduledFuture<?> searchRetry;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        long begin = System.nanoTime();
        ConfigurationFiles files = ConfigurationFiles.read(configuration.configDir());
        int changed = legislatures.synchronize(files.legislatures());
        methodologies.load(files.methodologies());
        publishedResults.replace(files.publishedResults());
        if (configuration.demoEnabled()) {
            Methodology methodology = methodologies.latest(defaultMethodology).orElseThrow(() -> new IllegalStateException(
                    "parlamento.methodology.default='" + defaultMethodology + "' no corresponde a ninguna metodología de "
                            + configuration.configDir().resolve("methodologies")));
            if (demo.generateIfMissing(methodology, legislatures.all())) {
                LOG.info("Edición de demostración generada con " + methodology.key());
            }
        }
        LOG.info(String.format("Portal listo: %d legislaturas (%d actualizadas), %d versiones de metodología, en %.1f s",
                files.legislatures().size(), changed, methodologies.all().size(), (System.nanoTime() - begin) / 1e9));
        int resumed = ingestion.resumePending();
        if (resumed > 0) {
            LOG.info(resumed + " documentos recibidos antes del reinicio vuelven a la cola de extracción");
        }
        relay.start();
        if (!search.synchroniseIfPending()) {
            searchRetry = scheduler().scheduleWithFixedDelay(() -> {
                if (search.synchroniseIfPending() && searchRetry != null) {
                    searchRetry.cancel(false);
                }
            }, 10, 10, TimeUnit.SECONDS);
        }
    }

    private static ManagedScheduledExecutorService scheduler() {
        try {
            return javax.naming.InitialContext.doLookup("java:comp/DefaultManagedScheduledExecutorService");
        } catch (javax.naming.NamingException e) {
            throw new IllegalStateException("No managed scheduler in this container", e);
        }
    }

    @PreDestroy
    void stop() {
        if (searchRetry != null) {
            searchRetry.cancel(true);
        }
    }
}
