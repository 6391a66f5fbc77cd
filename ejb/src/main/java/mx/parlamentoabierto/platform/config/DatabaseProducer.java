package mx.parlamentoabierto.platform.config;

import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;

import mx.parlamentoabierto.platform.config.PortalConfiguration;
import mx.parlamentoabierto.platform.persistence.Database;
import mx.parlamentoabierto.platform.persistence.DatabaseSettings;

/** Makes the one {@link Database} of the portal available to CDI: migrated on first use, closed on shutdown. */
@ApplicationScoped
public class DatabaseProducer {

    private static final Logger LOG = Logger.getLogger(DatabaseProducer.class.getName());

    @Produces
    @ApplicationScoped
    Database database(PortalConfiguration configuration) {
        DatabaseSettings settings = configuration.database();
        LOG.info(() -> "Base de datos: " + settings.redactedUrl());
        return Database.open(settings);
    }

    void close(@Disposes Database database) {
        database.close();
    }
}
