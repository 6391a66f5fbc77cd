package mx.parlamentoabierto.testing;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.InterceptionFactory;

import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

import mx.parlamentoabierto.platform.persistence.Database;
import mx.parlamentoabierto.platform.persistence.UnitOfWorkInterceptor;

/**
 * Gives the services a test composes with {@code new} the interception the container gives them in production: the
 * returned object is a Weld (the CDI implementation Payara runs) wrapper that runs every {@code @UnitOfWork} method
 * through the real {@link UnitOfWorkInterceptor} on the test's database. One container per JVM; the database is the
 * one most recently passed to {@link #on(Database)} (integration test classes run one after another).
 */
public final class UnitsOfWork {

    private static WeldContainer container;
    private static volatile Database database;

    private final BeanManager beans;

    private UnitsOfWork(BeanManager beans) {
        this.beans = beans;
    }

    /** The interception for services on {@code database}. */
    public static synchronized UnitsOfWork on(Database database) {
        UnitsOfWork.database = database;
        if (container == null) {
            // the interceptor is enabled by its @Priority, as in Payara
            container = new Weld("parlamento-tests").disableDiscovery()
                    .addBeanClasses(UnitOfWorkInterceptor.class, TestDatabaseProducer.class)
                    .initialize();
        }
        return new UnitsOfWork(container.getBeanManager());
    }

    /** {@code service} with its {@code @UnitOfWork} methods intercepted. */
    @SuppressWarnings("unchecked")
    public <T> T of(T service) {
        InterceptionFactory<T> factory = beans.createInterceptionFactory(beans.createCreationalContext(null),
                (Class<T>) service.getClass());
        return factory.createInterceptedInstance(service);
    }

    /** The test's database, for the interceptor. */
    @Dependent
    public static class TestDatabaseProducer {
        @Produces
        @Dependent
        Database database() {
            return database;
        }
    }
}
