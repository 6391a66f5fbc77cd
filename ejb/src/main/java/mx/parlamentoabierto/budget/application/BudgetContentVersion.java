package mx.parlamentoabierto.budget.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import mx.parlamentoabierto.platform.PublicContentVersion;

/** The budget pages' share of {@link PublicContentVersion}: it moves when this instance imports a budget file. */
@ApplicationScoped
public class BudgetContentVersion implements PublicContentVersion {

    @Inject
    BudgetImport imports;

    @Override
    public long current() {
        return imports.changes();
    }
}
