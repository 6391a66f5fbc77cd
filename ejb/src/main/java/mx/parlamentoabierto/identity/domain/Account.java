package mx.parlamentoabierto.identity.domain;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import mx.parlamentoabierto.platform.InvalidInputException;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A person who signs in: a unique name, a display name, the PBKDF2 hash of the password, the roles, and for
 * staff the one legislature they belong to. Accounts are deactivated, never deleted (the audit log names them).
 */
@Entity
@Table(name = "account")
@Cacheable(false)
public class Account {

    public static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    @Id
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    private Long id;

    @Column(nullable = false, length = 64)
    private String name;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(name = "legislature_id", length = 64)
    private String legislatureId;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role", length = 32)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    protected Account() {
        // JPA
    }

    /**
     * @throws InvalidInputException naming the field: a name that is not a lower-case login, no role, staff
     *         without exactly one legislature, or a legislature given to an account that is not staff
     */
    public Account(String name, String displayName, Set<Role> roles, String legislatureId, String passwordHash, Instant at) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new InvalidInputException("name", "El nombre de usuario debe tener 2 a 64 caracteres: minúsculas, dígitos, '.', '_' o '-'");
        }
        this.name = name;
        this.displayName = displayName == null || displayName.isBlank() ? name : displayName.strip();
        if (this.displayName.length() > 200) {
            throw new InvalidInputException("displayName", "El nombre para mostrar tiene a lo más 200 caracteres.");
        }
        grant(roles, legislatureId);
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.active = true;
        this.createdAt = Objects.requireNonNull(at, "at");
    }

    /** Replaces the roles (and the staff legislature), keeping the rules of the constructor. */
    public final void grant(Set<Role> newRoles, String newLegislatureId) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw new InvalidInputException("roles", "Hace falta al menos un rol (" + Role.validNames() + ")");
        }
        boolean staff = newRoles.contains(Role.STAFF);
        if (staff && (newLegislatureId == null || newLegislatureId.isBlank())) {
            throw new InvalidInputException("legislature", "Una cuenta staff pertenece a exactamente una legislatura");
        }
        if (!staff && newLegislatureId != null && !newLegislatureId.isBlank()) {
            throw new InvalidInputException("legislature", "Solo las cuentas staff pertenecen a una legislatura");
        }
        this.roles.clear();
        this.roles.addAll(newRoles);
        this.legislatureId = staff ? newLegislatureId : null;
    }

    public void changePassword(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash);
    }

    public void deactivate() {
        this.active = false;
    }

    public void activate() {
        this.active = true;
    }

    public Long id() { return id; }
    public String name() { return name; }
    public String displayName() { return displayName; }
    public String passwordHash() { return passwordHash; }
    public Optional<String> legislatureId() { return Optional.ofNullable(legislatureId); }
    public boolean active() { return active; }
    public Instant createdAt() { return createdAt; }

    public Set<Role> roles() {
        return roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
