package mx.parlamentoabierto.bootstrap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.stream.Stream;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import mx.parlamentoabierto.demo.DemoEditionGenerator;
import mx.parlamentoabierto.evaluation.application.EditionSnapshots;
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
    mx.parlamentoabierto.document.application.DocumentReindex reindex;
    @Inject
    mx.parlamentoabierto.vote.application.RecordSearchSync recordSearch;
    @Inject
    mx.parlamentoabierto.debate.application.SpeechSearchSync speechSearch;
    @Inject
    mx.parlamentoabierto.identity.application.Accounts accounts;
    @Inject
    EditionSnapshots snapshots;
    @Inject
    mx.parlamentoabierto.demo.DemoAccounts demoAccounts;
    @Inject
    mx.parlamentoabierto.compliance.application.ComplianceService compliance;
    @Inject
    mx.parlamentoabierto.opendata.application.OpenData openData;
    @Inject
    mx.parlamentoabierto.vote.application.MajorityRules majorities;

    @Inject
    @ConfigProperty(name = "parlamento.methodology.default", defaultValue = "parlamento-abierto-mx")
    String defaultMethodology;

    private ScheduledFuture<?> searchRetry;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        long begin = System.nanoTime();
        restrictDataDirectories();
        ConfigurationFiles files = ConfigurationFiles.read(configuration.configDir());
        int changed = legislatures.synchronize(files.legislatures());
        methodologies.load(files.methodologies());
        publishedResults.replace(files.publishedResults());
        compliance.load(files.obligations(), files.suggestions());
        majorities.load(files.majorities());
        configuration.adminPassword().ifPresent(accounts::ensureAdministrator);
        if (configuration.demoEnabled()) {
            Methodology methodology = methodologies.latest(defaultMethodology).orElseThrow(() -> new IllegalStateException(
                    "parlamento.methodology.default='" + defaultMethodology + "' no corresponde a ninguna metodología de "
                            + configuration.configDir().resolve("methodologies")));
            if (demo.generateIfMissing(methodology, legislatures.all())) {
                LOG.info("Edición de demostración generada con " + methodology.key());
            }
            snapshots.ensureSnapshot(DemoEditionGenerator.DEMO_EDITION_ID);
            if (demoAccounts.createIfMissing(configuration.dataDir(), methodology)) {
                LOG.info("Cuentas de demostración (una por rol) en " + configuration.dataDir().resolve(mx.parlamentoabierto.demo.DemoAccounts.FILE)
                        + " y edición de práctica " + mx.parlamentoabierto.demo.DemoAccounts.PRACTICE_EDITION + " en evaluación");
            }
        }
        LOG.info(String.format("Portal listo: %d legislaturas (%d actualizadas), %d versiones de metodología, en %.1f s",
                files.legislatures().size(), changed, methodologies.all().size(), (System.nanoTime() - begin) / 1e9));
        int resumed = ingestion.resumePending();
        if (resumed > 0) {
            LOG.info(resumed + " documentos recibidos antes del reinicio vuelven a la cola de extracción");
        }
        relay.start();
        // open data: the first build a minute after start (the searches and pages come first), then on an interval
        openData.start(scheduler(), 60, Math.max(10, configuration.openDataIntervalSeconds()));
        // In the background: a rebuild of the archive into a new mapping version can take minutes, and searches
        // keep answering from the previous index meanwhile.
        searchRetry = scheduler().scheduleWithFixedDelay(() -> {
            if (catchUpSearch() && searchRetry != null) {
                searchRetry.cancel(false);
            }
        }, 0, 10, TimeUnit.SECONDS);
    }

    /**
     * The database and the archive's files are for the portal's user only, however the portal was started (the
     * ./parlamento script also starts it with umask 077). The data directory itself stays traversable: the
     * search node's and the extraction workers' system users keep their own directories inside it.
     */
    private void restrictDataDirectories() {
        for (String name : List.of("db", "files")) {
            Path dir = configuration.dataDir().resolve(name);
            try {
                Files.createDirectories(dir);
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path file : files.filter(Files::isRegularFile).toList()) {
                        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                    }
                }
            } catch (UnsupportedOperationException e) {
                return; // not a POSIX file system
            } catch (IOException e) {
                LOG.warning("No se pudieron restringir los permisos de " + dir + ": " + e.getMessage());
            }
        }
    }

    /** Brings the search indices in line with the database; false while Elasticsearch cannot be reached. */
    private boolean catchUpSearch() {
        if (!search.synchroniseIfPending()) {
            return false;
        }
        // vote events and legislators follow the database from here on (their indices exist now)
        recordSearch.start(scheduler());
        speechSearch.start(scheduler());
        try {
            reindex.rebuildIfOutdated(n -> { }).ifPresent(index -> LOG.info("Archivo reconstruido en " + index
                    + " con la versión nueva de su índice; el alias ya apunta a él"));
            return true;
        } catch (RuntimeException e) {
            LOG.warning("La reconstrucción del índice de documentos falló; se reintentará: " + e.getMessage());
            return false;
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
        recordSearch.stop();
        speechSearch.stop();
        openData.stop();
    }
}
