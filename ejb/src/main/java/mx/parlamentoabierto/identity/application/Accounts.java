package mx.parlamentoabierto.identity.application;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import mx.parlamentoabierto.audit.application.AuditTrail;
import mx.parlamentoabierto.identity.domain.Account;
import mx.parlamentoabierto.identity.domain.AccountChanged;
import mx.parlamentoabierto.identity.domain.AccountRepository;
import mx.parlamentoabierto.identity.domain.ApiToken;
import mx.parlamentoabierto.identity.domain.ApiTokenRepository;
import mx.parlamentoabierto.identity.domain.Caller;
import mx.parlamentoabierto.identity.domain.Role;
import mx.parlamentoabierto.legislature.domain.LegislatureRepository;
import mx.parlamentoabierto.platform.AccessDeniedException;
import mx.parlamentoabierto.platform.InvalidInputException;
import mx.parlamentoabierto.platform.NotSignedInException;
import mx.parlamentoabierto.platform.ResourceNotFoundException;
import mx.parlamentoabierto.platform.Sha256;
import mx.parlamentoabierto.platform.events.ApplicationEvents;
import mx.parlamentoabierto.platform.persistence.Database;
import mx.parlamentoabierto.platform.persistence.UnitOfWork;
import mx.parlamentoabierto.platform.security.PasswordHashing;
import mx.parlamentoabierto.platform.security.SignInThrottle;

/**
 * Accounts: creation by an administrator (a generated password, shown once), verification of passwords (throttled
 * per account and per address, see {@link SignInThrottle}) and of personal API tokens, and the seed administrator
 * whose password comes from the environment ({@code PARLAMENTO_ADMIN_PASSWORD}).
 *
 * <p>A password verified over HTTP Basic is remembered for ten minutes by the SHA-256 of name and password, so
 * scripts that send it on every request do not pay 600,000 PBKDF2 iterations each time. The account behind a token or
 * a session is kept for {@link #ACCOUNT_TTL} (token lookup and account read were 2.4 ms of CPU per request in
 * {@code bench answers}); a token revoked in this instance is forgotten at once, and in another instance within the TTL.
 */
@ApplicationScoped
public class Accounts {

    private static final Logger LOG = Logger.getLogger(Accounts.class.getName());
    public static final String ADMIN = "admin";
    private static final Duration REMEMBER = Duration.ofMinutes(10);
    static final String TOKEN_PREFIX = "pa_";
    private static final SecureRandom RANDOM = new SecureRandom();
    /** How long a resolved account (by token or by session) is reused before it is read again. */
    public static final Duration ACCOUNT_TTL = Duration.ofSeconds(5);
    private static final int MAX_CACHED = 10_000;

    private record Resolved(Optional<Account> account, long until) {
        boolean fresh() {
            return System.nanoTime() - until < 0;
        }
    }

    private final Map<String, Resolved> byTokenHash = new ConcurrentHashMap<>();
    private final Map<Long, Resolved> byId = new ConcurrentHashMap<>();

    private Database database;
    private AccountRepository accounts;
    private ApiTokenRepository tokens;
    private LegislatureRepository legislatures;
    private AuditTrail audit;
    private ApplicationEvents events;
    private Clock clock;
    private SignInThrottle throttle;
    private final Map<String, Instant> remembered = new ConcurrentHashMap<>();

    /** What became of a sign-in attempt. */
    public enum Outcome { ACCEPTED, REFUSED, THROTTLED, LOCKED, BUSY }

    public record SignIn(Outcome outcome, Account account, Duration retryAfter) {
        public boolean accepted() {
            return outcome == Outcome.ACCEPTED;
        }

        /** The HTTP status this outcome is answered with: 401 refused, 429 throttled or locked, 503 busy. */
        public int httpStatus() {
            return switch (outcome) {
                case ACCEPTED -> 200;
                case REFUSED -> 401;
                case THROTTLED, LOCKED -> 429;
                case BUSY -> 503;
            };
        }

        /** The wait as whole seconds (rounded up, at least 1), as {@code Retry-After} says it. */
        public long retryAfterSeconds() {
            return retryAfter == null ? 1 : Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        }

        /** Why the attempt was refused, in the words every sign-in path (form, HTTP Basic, password change) uses. */
        public String refusal() {
            return switch (outcome) {
                case ACCEPTED -> "";
                case REFUSED -> "Usuario o contraseña incorrectos.";
                case THROTTLED -> "Demasiados intentos fallidos; espere " + retryAfterSeconds() + " s y vuelva a intentarlo.";
                case BUSY -> "El portal está verificando muchas contraseñas a la vez; vuelva a intentarlo en " + retryAfterSeconds() + " s.";
                case LOCKED -> "El inicio de sesión está bloqueado por intentos fallidos repetidos; vuelva a intentarlo en "
                        + Math.max(1, (retryAfterSeconds() + 59) / 60) + " min.";
            };
        }
    }

    /** A created account with its one-time password. */
    public record Created(Account account, String password) {
    }

    protected Accounts() {
        // CDI proxy
    }

    @Inject
    public Accounts(Database database, AccountRepository accounts, ApiTokenRepository tokens, LegislatureRepository legislatures,
            AuditTrail audit, ApplicationEvents events, Clock clock) {
        this.database = database;
        this.accounts = accounts;
        this.tokens = tokens;
        this.legislatures = legislatures;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.throttle = new SignInThrottle(clock);
    }

    /**
     * Creates an account with a generated password (admins only).
     *
     * @throws InvalidInputException naming the field (name, roles, legislature) when the input breaks a rule
     */
    @UnitOfWork
    public Created create(Caller caller, String name, String displayName, Set<Role> roles, String legislatureId) {
        requireAdmin(caller);
        String password = PasswordPolicy.generate();
        return new Created(createWithPassword(caller, name, displayName, roles, legislatureId, password), password);
    }

    /** Creates an account with a chosen password (seed and demo accounts), checked against the policy. */
    @UnitOfWork
    public Account createWithPassword(Caller caller, String name, String displayName, Set<Role> roles, String legislatureId,
            String password) {
        requireAdmin(caller);
        PasswordPolicy.check(name, password);
        if (name != null && accounts.findByName(name).isPresent()) {
            throw new InvalidInputException("name", "Ya existe una cuenta con el nombre '" + name + "'.");
        }
        if (legislatureId != null && !legislatureId.isBlank() && legislatures.find(legislatureId).isEmpty()) {
            throw new InvalidInputException("legislature", "No existe la legislatura '" + legislatureId + "'.");
        }
        Account account = new Account(name, displayName, roles, legislatureId, PasswordHashing.hash(password), clock.instant());
        accounts.add(account);
        database.flush();
        audit.record(caller, "account.created", subject(account), null, state(account));
        return account;
    }

    /**
     * Changes an account's roles, staff legislature and whether it may sign in (admins). A deactivated account's
     * sessions and tokens stop working within {@link #ACCOUNT_TTL} in every instance, at once in this one. An
     * administrator cannot take the admin role from, or deactivate, their own account (someone must stay able to
     * manage accounts).
     */
    @UnitOfWork
    public Account update(Caller caller, String name, Set<Role> roles, String legislatureId, boolean active) {
        requireAdmin(caller);
        Account updated;
        Account account = accounts.findByName(name).orElseThrow(() -> new ResourceNotFoundException("name", "No existe la cuenta '" + name + "'."));
        if (account.id().equals(caller.accountId()) && (!active || !roles.contains(Role.ADMIN))) {
            throw new InvalidInputException("roles", "No puede quitarse el rol admin ni desactivar su propia cuenta.");
        }
        if (legislatureId != null && !legislatureId.isBlank() && legislatures.find(legislatureId).isEmpty()) {
            throw new InvalidInputException("legislature", "No existe la legislatura '" + legislatureId + "'.");
        }
        Map<String, Object> before = state(account);
        account.grant(roles, legislatureId);
        if (!active) {
            account.deactivate();
        } else {
            account.activate();
        }
        audit.record(caller, "account.changed", subject(account), before, state(account));
        updated = account;
        events.publish(new AccountChanged(updated.id()));
        return updated;
    }

    @UnitOfWork
    public List<Account> all(Caller caller) {
        requireAdmin(caller);
        return accounts.findAll();
    }

    /** The active accounts with a role, by name, for a coordinator choosing whom to assign (names only are shown). */
    @UnitOfWork
    public List<Account> withRole(Caller caller, Role role) {
        if (!caller.isSystem() && !caller.has(Role.COORDINATOR) && !caller.has(Role.ADMIN)) {
            throw new AccessDeniedException("Solo la coordinación y la administración ven las cuentas por rol.");
        }
        return accounts.findAll().stream().filter(a -> a.active() && a.has(role))
                .sorted(java.util.Comparator.comparing(Account::name)).toList();
    }

    /** The active account with this id (a signed-in session's), reused for {@link #ACCOUNT_TTL}. */
    @UnitOfWork
    public Optional<Account> find(long id) {
        Resolved cached = byId.get(id);
        if (cached != null && cached.fresh()) {
            return cached.account();
        }
        Optional<Account> account = accounts.find(id).filter(Account::active);
        remember(byId, id, account);
        return account;
    }

    private static <K> void remember(Map<K, Resolved> cache, K key, Optional<Account> account) {
        if (cache.size() > MAX_CACHED) {
            cache.clear();
        }
        cache.put(key, new Resolved(account, System.nanoTime() + ACCOUNT_TTL.toNanos()));
    }

    /** Forgets every resolved account and remembered password check once an account or token changed (after the commit). */
    public void accountChanged(@Observes AccountChanged event) {
        remembered.clear();
        byTokenHash.clear();
        byId.clear();
    }

    @UnitOfWork
    public Optional<Account> findByName(String name) {
        return accounts.findByName(name);
    }

    /**
     * Makes sure the administrator account exists with the password of the environment; the environment is the
     * seed administrator's source of truth (a changed variable changes the password at the next start).
     */
    @UnitOfWork
    public void ensureAdministrator(String password) {
        Optional<Account> admin = accounts.findByName(ADMIN);
        if (admin.isEmpty()) {
            Account created = new Account(ADMIN, "Administración", Set.of(Role.ADMIN), null, PasswordHashing.hash(password), clock.instant());
            accounts.add(created);
            database.flush();
            audit.record(Caller.system(), "account.created", subject(created), null, state(created));
            LOG.info("Cuenta de administración 'admin' creada con la contraseña de PARLAMENTO_ADMIN_PASSWORD");
        } else if (!PasswordHashing.verify(password, admin.get().passwordHash())) {
            admin.get().changePassword(PasswordHashing.hash(password));
            audit.record(Caller.system(), "account.password-reset", subject(admin.get()), null, Map.of("source", "PARLAMENTO_ADMIN_PASSWORD"));
        }
    }

    /** Checks a name and password from {@code address}, throttling failures per account and per address. */
    @UnitOfWork
    public SignIn signIn(String name, String password, String address) {
        String key = sha256(name + "\u0000" + password);
        Instant until = remembered.get(key);
        if (until != null && until.isAfter(clock.instant())) {
            Optional<Account> account = findByName(name).filter(Account::active);
            if (account.isPresent()) {
                return new SignIn(Outcome.ACCEPTED, account.get(), null);
            }
        }
        SignInThrottle.Attempt attempt = throttle.reserve(name, address);
        if (!attempt.allowed()) {
            SignInThrottle.Wait wait = attempt.delay().orElseThrow();
            return new SignIn(wait.locked() ? Outcome.LOCKED : Outcome.THROTTLED, null, wait.duration());
        }
        SignInThrottle.Reservation reservation = attempt.reservation().orElseThrow();
        boolean ok;
        Optional<Account> account;
        try {
            account = name == null || name.length() > 64 ? Optional.empty() : findByName(name).filter(Account::active);
            ok = PasswordHashing.verify(password, account.map(Account::passwordHash).orElse(null)) && account.isPresent();
        } catch (PasswordHashing.BusyException e) {
            reservation.cancelled();
            return new SignIn(Outcome.BUSY, null, Duration.ofSeconds(1));
        } catch (RuntimeException | Error e) {
            reservation.cancelled();
            throw e;
        }
        if (!ok) {
            reservation.failed();
            auditIfLocked(name, account, address);
            return new SignIn(Outcome.REFUSED, null, null);
        }
        reservation.succeeded();
        if (remembered.size() > 10_000) {
            remembered.clear();
        }
        remembered.put(key, clock.instant().plus(REMEMBER));
        return new SignIn(Outcome.ACCEPTED, account.get(), null);
    }

    /**
     * Changes the caller's own password: the current one must be right (a wrong one counts as a failed sign-in) and
     * the new one must pass the {@link PasswordPolicy}. Remembered HTTP Basic credentials of the account are forgotten.
     */
    @UnitOfWork
    public void changePassword(Caller caller, String current, String replacement) {
        requireSignedIn(caller);
        PasswordPolicy.check(caller.name(), replacement);
        SignIn check = signIn(caller.name(), current == null ? "" : current, caller.address());
        if (!check.accepted()) {
            throw new InvalidInputException("current", check.outcome() == Outcome.REFUSED ? "La contraseña actual no es correcta." : check.refusal());
        }
        Account account = accounts.find(caller.accountId()).orElseThrow();
        account.changePassword(PasswordHashing.hash(replacement));
        audit.record(caller, "account.password-changed", subject(account), null, Map.of("name", account.name()));
        events.publish(new AccountChanged(account.id()));
    }

    /** A failure that has just locked an account (or an address) goes into the audit log, not only the server log. */
    private void auditIfLocked(String name, Optional<Account> account, String address) {
        Optional<SignInThrottle.Wait> now = throttle.waitBefore(String.valueOf(name), address);
        if (now.isEmpty() || !now.get().locked()) {
            return;
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("locked", true);
        after.put("until", clock.instant().plus(now.get().duration()).toString());
        after.put("address", address);
        audit.record(Caller.anonymous(address), account.isPresent() ? "account.locked" : "address.locked",
                account.map(Accounts::subject).orElse(new AuditTrail.Subject("address", address, null)), null, after);
    }

    /** The active account a bearer token belongs to, or empty for an unknown or revoked token. */
    @UnitOfWork
    public Optional<Account> byToken(String secret) {
        if (secret == null || !secret.startsWith(TOKEN_PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        String hash = sha256(secret);
        Resolved cached = byTokenHash.get(hash);
        if (cached != null && cached.fresh()) {
            return cached.account();
        }
        Optional<Account> account = tokens.findBySha256(hash).filter(ApiToken::active)
                .flatMap(t -> accounts.find(t.accountId())).filter(Account::active);
        remember(byTokenHash, hash, account);
        return account;
    }

    public static void requireSignedIn(Caller caller) {
        if (!caller.signedIn() || caller.accountId() == null) {
            throw new NotSignedInException("Hace falta iniciar sesión.");
        }
    }

    public static void requireAdmin(Caller caller) {
        if (caller.isSystem()) {
            return;
        }
        requireSignedIn(caller);
        if (!caller.has(Role.ADMIN)) {
            throw new AccessDeniedException("Solo la administración gestiona cuentas.");
        }
    }

    private static AuditTrail.Subject subject(Account account) {
        return new AuditTrail.Subject("account", account.name(), null);
    }

    static Map<String, Object> state(Account account) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", account.name());
        s.put("displayName", account.displayName());
        s.put("roles", account.roles().stream().map(Role::jsonName).sorted().toList());
        s.put("legislature", account.legislatureId().orElse(null));
        s.put("active", account.active());
        return s;
    }

    static String sha256(String text) {
        return Sha256.hex(text);
    }
}
