package mx.parlamentoabierto.identity.application;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import mx.parlamentoabierto.audit.application.AuditTrail;
import mx.parlamentoabierto.identity.domain.AccountChanged;
import mx.parlamentoabierto.identity.domain.ApiToken;
import mx.parlamentoabierto.identity.domain.ApiTokenRepository;
import mx.parlamentoabierto.identity.domain.Caller;
import mx.parlamentoabierto.platform.InvalidInputException;
import mx.parlamentoabierto.platform.ResourceNotFoundException;
import mx.parlamentoabierto.platform.events.ApplicationEvents;
import mx.parlamentoabierto.platform.persistence.Database;
import mx.parlamentoabierto.platform.persistence.UnitOfWork;

/**
 * Personal API tokens of signed-in accounts: issued with a secret shown once (only its SHA-256 is kept), listed, and
 * revoked by their owner. {@link Accounts#byToken} resolves them on each request.
 */
@ApplicationScoped
public class ApiTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Database database;
    private ApiTokenRepository tokens;
    private AuditTrail audit;
    private ApplicationEvents events;
    private Clock clock;

    /** A created token with its one-time secret. */
    public record IssuedToken(ApiToken token, String secret) {
    }

    protected ApiTokens() {
        // CDI proxy
    }

    @Inject
    public ApiTokens(Database database, ApiTokenRepository tokens, AuditTrail audit, ApplicationEvents events, Clock clock) {
        this.database = database;
        this.tokens = tokens;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Issues a personal token to the caller; the secret is returned once and only its SHA-256 is kept. */
    @UnitOfWork
    public IssuedToken issue(Caller caller, String label) {
        Accounts.requireSignedIn(caller);
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = Accounts.TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        if (tokens.ofAccount(caller.accountId()).stream().filter(ApiToken::active).count() >= 20) {
            throw new InvalidInputException("label", "Una cuenta tiene a lo más 20 tokens activos; revoque alguno antes.");
        }
        ApiToken token = new ApiToken(caller.accountId(), label, Accounts.sha256(secret), secret.substring(0, 10), clock.instant());
        tokens.add(token);
        database.flush();
        audit.record(caller, "token.created", new AuditTrail.Subject("token", String.valueOf(token.id()), null), null,
                Map.of("label", token.label(), "prefix", token.tokenPrefix(), "account", caller.name()));
        return new IssuedToken(token, secret);
    }

    @UnitOfWork
    public List<ApiToken> of(Caller caller) {
        Accounts.requireSignedIn(caller);
        return tokens.ofAccount(caller.accountId());
    }

    /** Revokes one of the caller's own tokens; someone else's token is "not found" (its existence is not disclosed). */
    @UnitOfWork
    public void revoke(Caller caller, long id) {
        Accounts.requireSignedIn(caller);
        ApiToken token = tokens.findToken(id).filter(t -> t.accountId().equals(caller.accountId()))
                .orElseThrow(() -> new ResourceNotFoundException("No existe el token " + id + " en su cuenta"));
        if (token.active()) {
            token.revoke(clock.instant());
            audit.record(caller, "token.revoked", new AuditTrail.Subject("token", String.valueOf(id), null),
                    Map.of("active", true), Map.of("active", false));
            events.publish(new AccountChanged(caller.accountId())); // after the commit: no request reads it as active again
        }

    }
}
