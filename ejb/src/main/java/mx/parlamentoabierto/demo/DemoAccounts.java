package mx.parlamentoabierto.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import mx.parlamentoabierto.evaluation.application.EditionLifecycle;
import mx.parlamentoabierto.evaluation.application.EvaluationAssignments;
import mx.parlamentoabierto.evaluation.application.EvaluationRules;
import mx.parlamentoabierto.evaluation.application.NewEdition;
import mx.parlamentoabierto.identity.application.Accounts;
import mx.parlamentoabierto.identity.application.PasswordPolicy;
import mx.parlamentoabierto.identity.domain.Caller;
import mx.parlamentoabierto.identity.domain.Role;
import mx.parlamentoabierto.methodology.domain.Methodology;
import mx.parlamentoabierto.scoring.application.RankingService;

/**
 * On embedded defaults with demo data, one account per role so that a newcomer can walk the whole cycle, with
 * passwords generated into {@code data/demo-accounts.txt} (readable by the owner only), and a practice edition
 * ({@code ejercicio-2026}) in evaluation: three legislatures assigned to the demo evaluator and reviewer, the
 * evaluation window open from today for 60 days. Created once; nothing happens when the file already exists.
 */
@ApplicationScoped
public class DemoAccounts {

    public static final String FILE = "demo-accounts.txt";
    public static final String PRACTICE_EDITION = "ejercicio-2026";
    static final String STAFF_LEGISLATURE = "sonora";

    private Accounts accounts;
    private EditionLifecycle lifecycle;
    private EvaluationAssignments assignments;
    private RankingService rankings;

    protected DemoAccounts() {
        // CDI proxy
    }

    @Inject
    public DemoAccounts(Accounts accounts, EditionLifecycle lifecycle, EvaluationAssignments assignments, RankingService rankings) {
        this.accounts = accounts;
        this.lifecycle = lifecycle;
        this.assignments = assignments;
        this.rankings = rankings;
    }

    private record Demo(String name, String displayName, Role role, String legislature) {
    }

    /** @return true when the accounts were created now */
    public boolean createIfMissing(Path dataDir, Methodology methodology) {
        Path file = dataDir.resolve(FILE);
        if (Files.exists(file) || accounts.findByName("coordinadora").isPresent()) {
            return false;
        }
        List<Demo> demos = List.of(new Demo("coordinadora", "Coordinadora de demostración", Role.COORDINATOR, null),
                new Demo("evaluadora", "Evaluadora de demostración", Role.EVALUATOR, null),
                new Demo("revisora", "Revisora de demostración", Role.REVIEWER, null),
                new Demo("personal-sonora", "Personal del Congreso de Sonora (demostración)", Role.STAFF, STAFF_LEGISLATURE),
                new Demo("administracion", "Administración de demostración", Role.ADMIN, null));
        List<String> lines = new ArrayList<>();
        lines.add("# Cuentas de demostración de Parlamento Abierto (una por rol). Entre en /entrar.xhtml.");
        lines.add("# Generadas el " + LocalDate.now() + "; bórrelas o cambie sus roles antes de abrir el portal al público.");
        lines.add("# usuario\tcontraseña\trol\tlegislatura");
        for (Demo d : demos) {
            String password = PasswordPolicy.generate();
            accounts.createWithPassword(Caller.system(), d.name(), d.displayName(), Set.of(d.role()), d.legislature(), password);
            lines.add(d.name() + "\t" + password + "\t" + d.role().jsonName() + "\t" + (d.legislature() == null ? "" : d.legislature()));
        }
        try {
            Files.createDirectories(dataDir);
            Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (rankings.edition(PRACTICE_EDITION).isEmpty()) {
            LocalDate today = LocalDate.now(Clock.system(EvaluationRules.ZONE));
            lifecycle.createEdition(Caller.system(), new NewEdition(PRACTICE_EDITION,
                    "Ejercicio de evaluación 2026 (demostración)", 2026, methodology.key(), List.of(STAFF_LEGISLATURE, "yucatan", "senado"),
                    today, today.plusDays(60), today, today.plusDays(90), "named"));
            for (String legislature : List.of(STAFF_LEGISLATURE, "yucatan", "senado")) {
                assignments.assign(Caller.system(), PRACTICE_EDITION, legislature, "evaluadora", "revisora");
            }
            lifecycle.transition(Caller.system(), PRACTICE_EDITION, "evaluation");
        }
        return true;
    }
}
