package mx.parlamentoabierto.platform.persistence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;

/**
 * The application's persistence unit and its unit of work. {@link #inTransaction} opens an entity manager,
 * binds it to the current thread for the repositories, commits on success and rolls back on any exception.
 * Nested calls join the outer unit of work.
 */
public class Database implements AutoCloseable {

    public static final String PERSISTENCE_UNIT = "parlamento";
    private static final String PERSISTENCE_XML = "META-INF/parlamento-persistence.xml";

    private final EntityManagerFactory factory;
    private final DatabaseSettings settings;
    private final ThreadLocal<EntityManager> current = new ThreadLocal<>();
    private final ThreadLocal<List<Runnable>> afterCommit = new ThreadLocal<>();

    /** For CDI's client proxy only. */
    protected Database() {
        this(null, null);
    }

    private Database(DatabaseSettings settings, EntityManagerFactory factory) {
        this.settings = settings;
        this.factory = factory;
    }

    /** Migrates the schema, then opens the persistence unit on it. */
    public static Database open(DatabaseSettings settings) {
        DatabaseMigrations.migrate(settings);
        return connect(settings);
    }

    /** Opens the persistence unit on an already migrated schema. */
    public static Database connect(DatabaseSettings settings) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("eclipselink.persistencexml", PERSISTENCE_XML);
        properties.put("jakarta.persistence.jdbc.driver", settings.driverClass());
        properties.put("jakarta.persistence.jdbc.url", settings.url());
        properties.put("jakarta.persistence.jdbc.user", settings.user());
        properties.put("jakarta.persistence.jdbc.password", settings.password());
        properties.put("eclipselink.classloader", Database.class.getClassLoader());
        properties.put("eclipselink.target-database",
                settings.vendor() == DatabaseSettings.Vendor.H2 ? "org.eclipse.persistence.platform.database.H2Platform" : "PostgreSQL");
        EntityManagerFactory factory = Persistence.createEntityManagerFactory(PERSISTENCE_UNIT, properties);
        return new Database(settings, factory);
    }

    public DatabaseSettings settings() {
        return settings;
    }

    public <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager outer = current.get();
        if (outer != null) {
            return work.apply(outer);
        }
        EntityManager em = factory.createEntityManager();
        current.set(em);
        List<Runnable> reactions = new ArrayList<>();
        afterCommit.set(reactions);
        EntityTransaction tx = em.getTransaction();
        T result;
        try {
            tx.begin();
            result = work.apply(em);
            tx.commit();
        } catch (RuntimeException | Error e) {
            if (tx.isActive()) {
                tx.rollback();
            }
            throw e;
        } finally {
            current.remove();
            afterCommit.remove();
            em.close();
        }
        reactions.forEach(Database::react);
        return result;
    }

    private static void react(Runnable reaction) {
        try {
            reaction.run();
        } catch (RuntimeException e) {
            // what was written stays written: a reaction that fails (a cache, a wake-up) is logged, not the caller's error
            java.util.logging.Logger.getLogger(Database.class.getName()).log(java.util.logging.Level.WARNING,
                    "a reaction after commit failed", e);
        }
    }

    /**
     * Runs {@code reaction} once the unit of work open on this thread commits, and never if it rolls back; at once
     * when no unit of work is open (what was written is already committed). The application events port delivers
     * its events through here, so an observer never sees a change another reader could not yet see.
     */
    public void afterCommit(Runnable reaction) {
        List<Runnable> reactions = afterCommit.get();
        if (reactions == null) {
            react(reaction);
        } else {
            reactions.add(reaction);
        }
    }

    public void execute(Consumer<EntityManager> work) {
        inTransaction(em -> {
            work.accept(em);
            return null;
        });
    }

    /** The entity manager of the unit of work running on this thread. */
    public EntityManager currentEntityManager() {
        EntityManager em = current.get();
        if (em == null) {
            throw new IllegalStateException("No unit of work on this thread: call through Database.inTransaction");
        }
        return em;
    }

    /** True when the database answers a trivial query. */
    public boolean isReachable() {
        try {
            return inTransaction(em -> em.createNativeQuery("SELECT 1").getSingleResult() != null);
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        if (factory.isOpen()) {
            factory.close();
        }
    }
}
