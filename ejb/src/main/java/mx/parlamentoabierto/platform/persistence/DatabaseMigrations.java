package mx.parlamentoabierto.platform.persistence;

import java.util.Map;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies the versioned schema in {@code db/migration} with Flyway. The few type differences between H2 and
 * PostgreSQL are Flyway placeholders, so there is one set of migrations for both.
 */
public final class DatabaseMigrations {

    private DatabaseMigrations() {
    }

    public static MigrateResult migrate(DatabaseSettings settings) {
        return configure(settings, false).migrate();
    }

    /** Drops everything and migrates again; only for integration tests on a throw-away schema. */
    public static MigrateResult cleanAndMigrate(DatabaseSettings settings) {
        Flyway flyway = configure(settings, true);
        flyway.clean();
        return flyway.migrate();
    }

    private static Flyway configure(DatabaseSettings settings, boolean allowClean) {
        Map<String, String> placeholders = settings.vendor() == DatabaseSettings.Vendor.H2
                ? Map.of("long_text", "CHARACTER LARGE OBJECT")
                : Map.of("long_text", "TEXT");
        var configuration = Flyway.configure(DatabaseMigrations.class.getClassLoader())
                .dataSource(settings.url(), settings.user(), settings.password());
        settings.postgresqlSchema().ifPresent(schema -> configuration.schemas(schema).createSchemas(true));
        return configuration
                .locations("classpath:db/migration")
                .placeholders(placeholders)
                .cleanDisabled(!allowClean)
                .load();
    }
}
