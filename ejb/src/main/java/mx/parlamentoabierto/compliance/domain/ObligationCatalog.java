package mx.parlamentoabierto.compliance.domain;

import java.util.List;
import java.util.Optional;

/** A versioned set of obligations (a law as the portal checks it): {@code config/obligations/<id>.json}. */
public record ObligationCatalog(String id, String version, String title, String law, String published, String source, List<Obligation> obligations) {

    public ObligationCatalog {
        obligations = List.copyOf(obligations);
    }

    public Optional<Obligation> obligation(String id) {
        return obligations.stream().filter(o -> o.id().equals(id)).findFirst();
    }
}
