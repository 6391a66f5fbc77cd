package mx.parlamentoabierto.platform;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The one clock of the portal (UTC); services take it by constructor, tests give theirs a fixed one. */
@ApplicationScoped
public class PortalClockProducer {

    @Produces
    Clock clock() {
        return Clock.systemUTC();
    }
}
