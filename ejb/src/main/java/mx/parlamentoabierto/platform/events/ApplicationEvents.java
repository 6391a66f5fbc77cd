package mx.parlamentoabierto.platform.events;

import java.util.List;
import java.util.function.Consumer;

import mx.parlamentoabierto.platform.persistence.Database;

/**
 * Publishes an {@link ApplicationEvent}: observers receive it after the unit of work open on this thread commits
 * (at once when none is open), and never when it rolls back.
 */
public interface ApplicationEvents {

    void publish(ApplicationEvent event);

    /**
     * The same delivery for services wired by hand (plain-Java integration tests and command-line programs): the
     * observers are named instead of discovered by CDI.
     */
    @SafeVarargs
    static ApplicationEvents inProcess(Database database, Consumer<? super ApplicationEvent>... observers) {
        List<Consumer<? super ApplicationEvent>> all = List.of(observers);
        return event -> database.afterCommit(() -> all.forEach(o -> o.accept(event)));
    }
}
