package mx.parlamentoabierto.platform.events;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import mx.parlamentoabierto.platform.persistence.Database;

/**
 * The portal's {@link ApplicationEvents}: CDI events fired after commit (the persistence unit is resource-local,
 * so the commit is the {@link Database}'s, not a JTA transaction's; ADR 0024).
 */
@Dependent // stateless: no client proxy, so no constructor kept for one
public class CdiApplicationEvents implements ApplicationEvents {

    private final Database database;
    private final Event<ApplicationEvent> events;

    @Inject
    public CdiApplicationEvents(Database database, Event<ApplicationEvent> events) {
        this.database = database;
        this.events = events;
    }

    @Override
    public void publish(ApplicationEvent event) {
        database.afterCommit(() -> events.fire(event));
    }
}
