package mx.parlamentoabierto.platform.config;

import java.nio.file.Path;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import mx.parlamentoabierto.platform.persistence.DatabaseSettings;

/** The portal's settings, read once at startup. */
@ApplicationScoped
public class PortalConfiguration {

    @Inject
    @ConfigProperty(name = "parlamento.config.dir", defaultValue = "config")
    String configDir;

    @Inject
    @ConfigProperty(name = "parlamento.db.url", defaultValue = "jdbc:h2:file:./data/db/parlamento")
    String dbUrl;

    @Inject
    @ConfigProperty(name = "parlamento.db.user", defaultValue = "sa")
    String dbUser;

    @Inject
    @ConfigProperty(name = "parlamento.db.password")
    java.util.Optional<String> dbPassword;

    @Inject
    @ConfigProperty(name = "parlamento.es.url", defaultValue = "http://127.0.0.1:9200")
    String elasticsearchUrl;

    @Inject
    @ConfigProperty(name = "parlamento.es.index-prefix", defaultValue = "parlamento")
    String indexPrefix;

    @Inject
    @ConfigProperty(name = "parlamento.demo.enabled", defaultValue = "true")
    boolean demoEnabled;

    public Path configDir() {
        return Path.of(configDir).toAbsolutePath().normalize();
    }

    public DatabaseSettings database() {
        return new DatabaseSettings(dbUrl, dbUser, dbPassword.orElse(""));
    }

    public String elasticsearchUrl() {
        return elasticsearchUrl;
    }

    public String indexPrefix() {
        return indexPrefix;
    }

    public boolean demoEnabled() {
        return demoEnabled;
    }
}
