package mx.parlamentoabierto.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.event.Observes;

import mx.parlamentoabierto.platform.events.ApplicationEvent;
import mx.parlamentoabierto.platform.events.ApplicationEvents;
import mx.parlamentoabierto.platform.persistence.Database;

/**
 * The application events for services wired by hand: each event goes, after its unit of work commits, to the
 * observer methods ({@code @Observes} parameter of the event's type) of the beans named — the same methods CDI calls
 * in the portal, found the same way. Beans may be added after the services that publish are built.
 */
public final class TestEvents implements ApplicationEvents {

    private record Observer(Object bean, Method method, Class<?> type) {
    }

    private final ApplicationEvents delivery;
    private final List<Observer> observers = new CopyOnWriteArrayList<>();

    private TestEvents(Database database) {
        this.delivery = ApplicationEvents.inProcess(database, this::deliver);
    }

    public static TestEvents deliveringTo(Database database, Object... beans) {
        return new TestEvents(database).alsoTo(beans);
    }

    /** Adds the observer methods of these beans. */
    public TestEvents alsoTo(Object... beans) {
        for (Object bean : beans) {
            for (Class<?> c = bean.getClass(); c != Object.class; c = c.getSuperclass()) {
                for (Method m : c.getDeclaredMethods()) {
                    if (m.getParameterCount() == 1 && m.getParameters()[0].isAnnotationPresent(Observes.class)) {
                        m.setAccessible(true);
                        observers.add(new Observer(bean, m, m.getParameterTypes()[0]));
                    }
                }
            }
        }
        return this;
    }

    @Override
    public void publish(ApplicationEvent event) {
        delivery.publish(event);
    }

    private void deliver(ApplicationEvent event) {
        for (Observer o : observers) {
            if (o.type().isInstance(event)) {
                try {
                    o.method().invoke(o.bean(), event);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("observer " + o.method() + " failed", e);
                }
            }
        }
    }
}
