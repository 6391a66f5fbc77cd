package mx.parlamentoabierto.budget.domain;

import java.util.Objects;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A body that has a budget: a legislature of the registry (same id) or another body a source reports apart (the
 * Auditoría Superior de la Federación, the federal legislative branch's total).
 */
@Entity
@Cacheable(false)
@Table(name = "budget_body")
public class BudgetBody {

    @Id
    @Column(length = 64)
    private String id;

    @Column(nullable = false, length = 300)
    private String name;

    @Column(name = "legislature_id", length = 64)
    private String legislatureId;

    protected BudgetBody() {
        // JPA
    }

    public BudgetBody(String id, String name, String legislatureId) {
        this.id = Objects.requireNonNull(id);
        this.name = Objects.requireNonNull(name);
        this.legislatureId = legislatureId;
    }

    public void rename(String newName) {
        this.name = Objects.requireNonNull(newName);
    }

    public String id() { return id; }
    public String name() { return name; }
    public String legislatureId() { return legislatureId; }
}
