package mx.parlamentoabierto.testing;

import java.nio.file.Path;

import mx.parlamentoabierto.platform.persistence.Database;
import mx.parlamentoabierto.platform.persistence.DatabaseMigrations;
import mx.parlamentoabierto.platform.persistence.DatabaseSettings;

/**
 * The database integration tests run against: PostgreSQL when {@code parlamento.test.db.url} is set
 * (./parlamento test --db ...), otherwise a file-backed H2 under target/. Always a clean, freshly migrated
 * schema.
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static DatabaseSettings settings() {
        String url = System.getProperty("parlamento.test.db.url", "");
        if (url.isBlank()) {
            Path file = Path.of("target", "it-db", "persistence-" + ProcessHandle.current().pid()).toAbsolutePath();
            return new DatabaseSettings("jdbc:h2:file:" + file, "sa", "");
        }
        return new DatabaseSettings(url, System.getProperty("parlamento.test.db.user", ""),
                System.getProperty("parlamento.test.db.password", ""));
    }

    public static Database cleanAndOpen() {
        DatabaseSettings settings = settings();
        DatabaseMigrations.cleanAndMigrate(settings);
        return Database.connect(settings);
    }
}
