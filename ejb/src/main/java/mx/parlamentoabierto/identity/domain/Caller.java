package mx.parlamentoabierto.identity.domain;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who makes a request, as application services see it: the account (or nobody), its roles, the legislature a
 * staff account belongs to, and the client address (for the audit log). Built by the interfaces from a session,
 * HTTP Basic or an API token; services never read the request themselves.
 */
public record Caller(Long accountId, String name, Set<Role> roles, String legislatureId, String address) {

    public static final String SYSTEM_NAME = "sistema";

    public Caller {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        address = Objects.requireNonNullElse(address, "?");
    }

    /** The public: no account. */
    public static Caller anonymous(String address) {
        return new Caller(null, null, Set.of(), null, address);
    }

    /** The portal itself (startup, demo data, benchmarks' fixtures): recorded in the audit log as "sistema". */
    public static Caller system() {
        return new Caller(null, SYSTEM_NAME, EnumSet.allOf(Role.class), null, "local");
    }

    public static Caller of(Account account, String address) {
        return new Caller(account.id(), account.name(), account.roles(), account.legislatureId().orElse(null), address);
    }

    public boolean signedIn() {
        return name != null;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isSystem() {
        return accountId == null && SYSTEM_NAME.equals(name);
    }

    /** True for a staff account of this legislature. */
    public boolean staffOf(String legislature) {
        return has(Role.STAFF) && legislature != null && legislature.equals(legislatureId);
    }

    public Optional<String> legislature() {
        return Optional.ofNullable(legislatureId);
    }

    /** The name recorded in audit entries and revisions. */
    public String auditName() {
        return name == null ? "anónimo" : name;
    }
}
