package mx.parlamentoabierto.budget.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The economic classes of spending in the Cuenta Pública's programmatic tables, each in its group: current spending
 * (personal services, operating expenses, subsidies, other current), pensions, and investment (physical investment,
 * subsidies, other investment). A group's total and the grand total are sums of these, never stored.
 */
public enum EconomicClass {
    PERSONAL_SERVICES("personal_services", "Servicios personales", Group.CURRENT),
    OPERATING_EXPENSES("operating_expenses", "Gasto de operación", Group.CURRENT),
    CURRENT_SUBSIDIES("current_subsidies", "Subsidios (corriente)", Group.CURRENT),
    OTHER_CURRENT("other_current", "Otros de corriente", Group.CURRENT),
    PENSIONS("pensions", "Pensiones y jubilaciones", Group.PENSIONS),
    PHYSICAL_INVESTMENT("physical_investment", "Inversión física", Group.INVESTMENT),
    INVESTMENT_SUBSIDIES("investment_subsidies", "Subsidios (inversión)", Group.INVESTMENT),
    OTHER_INVESTMENT("other_investment", "Otros de inversión", Group.INVESTMENT);

    /** The groups of the table's header. */
    public enum Group {
        CURRENT("Gasto corriente"), PENSIONS("Pensiones y jubilaciones"), INVESTMENT("Gasto de inversión");

        private final String spanishName;

        Group(String spanishName) {
            this.spanishName = spanishName;
        }

        public String spanishName() {
            return spanishName;
        }

        public List<EconomicClass> classes() {
            return Arrays.stream(EconomicClass.values()).filter(c -> c.group == this).toList();
        }
    }

    private final String code;
    private final String spanishName;
    private final Group group;

    EconomicClass(String code, String spanishName, Group group) {
        this.code = code;
        this.spanishName = spanishName;
        this.group = group;
    }

    public String code() {
        return code;
    }

    public String spanishName() {
        return spanishName;
    }

    public Group group() {
        return group;
    }

    public static Optional<EconomicClass> fromCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code == null ? null : code.strip())).findFirst();
    }
}
