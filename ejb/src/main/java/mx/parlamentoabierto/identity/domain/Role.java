package mx.parlamentoabierto.identity.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What an account may do. One account may hold several; {@code STAFF} is bound to exactly one legislature. */
public enum Role {
    /** Manages accounts and the archive. */
    ADMIN,
    /** Runs editions: scope, assignments, transitions, publication, corrections. */
    COORDINATOR,
    /** Answers the variables of the legislatures assigned to them. */
    EVALUATOR,
    /** Accepts or returns answers, resolves objections. */
    REVIEWER,
    /** A legislature's own staff: see that legislature's accepted answers and object during the reply window. */
    STAFF,
    /**
     * Reuses the published data through the API with a personal key (a journalist, a researcher, an application):
     * a higher rate limit than anonymous use and no other right.
     */
    API_USER;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> fromName(String name) {
        return name == null ? Optional.empty()
                : Arrays.stream(values()).filter(r -> r.jsonName().equals(name.strip().toLowerCase(Locale.ROOT))).findFirst();
    }

    public static String validNames() {
        return Arrays.stream(values()).map(Role::jsonName).collect(Collectors.joining(", "));
    }
}
