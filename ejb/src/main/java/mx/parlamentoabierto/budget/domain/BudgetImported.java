package mx.parlamentoabierto.budget.domain;

import java.util.List;

import mx.parlamentoabierto.platform.events.ApplicationEvent;

/** Budget lines of these years were stored (a Cuenta Pública file or a legislature's CSV). */
public record BudgetImported(List<Integer> years) implements ApplicationEvent {

    public BudgetImported {
        years = List.copyOf(years);
    }
}
