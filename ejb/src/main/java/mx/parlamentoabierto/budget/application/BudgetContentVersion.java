package mx.parlamentoabierto.budget.application;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import mx.parlamentoabierto.budget.domain.BudgetImported;
import mx.parlamentoabierto.platform.PublicContentVersion;

/** The budget pages' share of {@link PublicContentVersion}: it moves when budget lines are stored (after the commit). */
@ApplicationScoped
public class BudgetContentVersion implements PublicContentVersion {

    private final AtomicLong changes = new AtomicLong();

    public void imported(@Observes BudgetImported event) {
        changes.incrementAndGet();
    }

    @Override
    public long current() {
        return changes.get();
    }
}
