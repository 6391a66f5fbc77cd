package mx.parlamentoabierto.budget.domain;

import java.math.BigDecimal;
import java.util.Objects;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A stored budget figure, with the source it was read from. */
@Entity
@Cacheable(false)
@Table(name = "budget_line")
public class BudgetLine {

    @Id
    @SequenceGenerator(name = "budget_line_seq", sequenceName = "budget_line_seq", allocationSize = 500)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "budget_line_seq")
    private Long id;

    @Column(name = "source_id", nullable = false)
    private Long sourceId;

    @Column(name = "body_id", nullable = false, length = 64)
    private String bodyId;

    @Column(name = "budget_year", nullable = false)
    private int year;

    @Column(nullable = false, length = 16)
    private String stage;

    @Column(name = "economic_class", nullable = false, length = 32)
    private String economicClass;

    @Column(name = "programme_code", nullable = false, length = 32)
    private String programmeCode;

    @Column(name = "programme_name", length = 500)
    private String programmeName;

    @Column(nullable = false, precision = 18, scale = 2)
    private BigDecimal amount;

    protected BudgetLine() {
        // JPA
    }

    public BudgetLine(long sourceId, BudgetFigure figure) {
        Objects.requireNonNull(figure);
        this.sourceId = sourceId;
        this.bodyId = figure.bodyId();
        this.year = figure.year();
        this.stage = figure.stage().code();
        this.economicClass = figure.economicClass().code();
        this.programmeCode = figure.programmeCode();
        this.programmeName = figure.programmeName();
        this.amount = figure.amount();
    }

    public Long id() { return id; }
    public Long sourceId() { return sourceId; }
    public String bodyId() { return bodyId; }
    public int year() { return year; }
    public BudgetStage stage() { return BudgetStage.parse(stage).orElseThrow(); }
    public EconomicClass economicClass() { return EconomicClass.fromCode(economicClass).orElseThrow(); }
    public String programmeCode() { return programmeCode; }
    public String programmeName() { return programmeName; }
    public BigDecimal amount() { return amount; }
}
