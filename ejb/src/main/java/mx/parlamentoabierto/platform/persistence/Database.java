package mx.parlamentoabierto.platform.persistence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;

/**
 * The application's persistence unit and its unit of work. A use case marked {@link UnitOfWork} runs in one unit
 * (the {@link UnitOfWorkInterceptor} calls {@link #open()} before it and commits after it); the repositories take the
 * unit's entity manager with {@link #currentEntityManager()}, which opens the entity manager and its transaction on
 * first use, so a use case that answers from a cache never touches the database. Commit on success, roll back on any
 * exception; nested use cases join the unit already open on the thread; reactions registered with
 * {@link #afterCommit} run once it has committed.
 */
public class Database implements AutoCloseable {

    public static final String PERSISTENCE_UNIT = "parlamento";
    private static final String PERSISTENCE_XML = "META-INF/parlamento-persistence.xml";

    private final EntityManagerFactory factory;
    private final DatabaseSettings settings;
    private final ThreadLocal<Unit> current = new ThreadLocal<>();

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

    /**
     * Opens a unit of work on this thread, or joins the one already open (the returned unit then neither commits nor
     * closes anything). Use it with try-with-resources and {@link Unit#commit()} as the last statement of the work.
     */
    public Unit open() {
        Unit outer = current.get();
        if (outer != null) {
            return Unit.JOINED;
        }
        Unit unit = new Unit(this);
        current.set(unit);
        return unit;
    }

    /** True while a unit of work is open on this thread. */
    public boolean inUnitOfWork() {
        return current.get() != null;
    }

    /** The entity manager of the unit of work open on this thread; its transaction begins on first use. */
    public EntityManager currentEntityManager() {
        Unit unit = current.get();
        if (unit == null) {
            throw new IllegalStateException("No unit of work on this thread: call through a @UnitOfWork use case");
        }
        if (unit.em == null) {
            unit.em = factory.createEntityManager();
            unit.em.getTransaction().begin();
        }
        return unit.em;
    }

    /** Writes what the unit of work open on this thread holds so far: generated ids become known, constraints are checked. */
    public void flush() {
        currentEntityManager().flush();
    }

    /**
     * Runs {@code reaction} once the unit of work open on this thread commits, and never if it rolls back; at once
     * when no unit of work is open (what was written is already committed). The application events port delivers
     * its events through here, so an observer never sees a change another reader could not yet see.
     */
    public void afterCommit(Runnable reaction) {
        Unit unit = current.get();
        if (unit == null) {
            react(reaction);
        } else {
            unit.reactions.add(reaction);
        }
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

    /** One unit of work: commit it at the end of the work; closing it without a commit rolls it back. */
    public static final class Unit implements AutoCloseable {

        static final Unit JOINED = new Unit(null);

        private final Database database;
        private final List<Runnable> reactions = new ArrayList<>();
        private EntityManager em;
        private boolean committed;

        private Unit(Database database) {
            this.database = database;
        }

        public void commit() {
            if (database == null) {
                return;
            }
            if (em != null) {
                em.getTransaction().commit();
            }
            committed = true;
        }

        @Override
        public void close() {
            if (database == null) {
                return;
            }
            try {
                if (em != null) {
                    EntityTransaction tx = em.getTransaction();
                    if (tx.isActive()) {
                        tx.rollback();
                    }
                    em.close();
                }
            } finally {
                database.current.remove();
            }
            if (committed) {
                reactions.forEach(Database::react);
            }
        }
    }

    /** True when the database answers a trivial query. */
    public boolean isReachable() {
        try {
            try (Unit unit = open()) {
                boolean answered = currentEntityManager().createNativeQuery("SELECT 1").getSingleResult() != null;
                unit.commit();
                return answered;
            }
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
