package mx.parlamentoabierto.document.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import mx.parlamentoabierto.document.domain.DocumentDescribed;
import mx.parlamentoabierto.document.domain.DocumentExtracted;
import mx.parlamentoabierto.document.domain.DocumentSuperseded;

/**
 * Asks the {@link SearchOutboxRelay} for a round once a transaction that wrote the search outbox has committed, so a
 * document reaches the index within {@value SearchOutboxRelay#GATHER_MILLIS} ms instead of at the next periodic round.
 */
@ApplicationScoped
public class SearchOutboxWakeUp {

    private SearchOutboxRelay relay;

    protected SearchOutboxWakeUp() {
        // CDI proxy
    }

    @Inject
    public SearchOutboxWakeUp(SearchOutboxRelay relay) {
        this.relay = relay;
    }

    public void extracted(@Observes DocumentExtracted event) {
        relay.requestRound();
    }

    public void superseded(@Observes DocumentSuperseded event) {
        relay.requestRound();
    }

    public void described(@Observes DocumentDescribed event) {
        relay.requestRound();
    }
}
