package mx.parlamentoabierto.testing;

import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

import mx.parlamentoabierto.platform.persistence.Database;

/**
 * A test's own reads and writes straight to the database (checking what a use case stored, or preparing rows no use
 * case writes), each in one unit of work. Production code never does this: its use cases are {@code @UnitOfWork}.
 */
public final class InUnit {

    private InUnit() {
    }

    public static <T> T of(Database database, Function<EntityManager, T> work) {
        try (Database.Unit unit = database.open()) {
            T result = work.apply(database.currentEntityManager());
            unit.commit();
            return result;
        }
    }

    public static void run(Database database, Consumer<EntityManager> work) {
        of(database, em -> {
            work.accept(em);
            return null;
        });
    }
}
