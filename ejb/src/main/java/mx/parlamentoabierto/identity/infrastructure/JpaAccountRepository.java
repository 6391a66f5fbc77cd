package mx.parlamentoabierto.identity.infrastructure;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import mx.parlamentoabierto.identity.domain.Account;
import mx.parlamentoabierto.identity.domain.AccountRepository;
import mx.parlamentoabierto.identity.domain.ApiToken;
import mx.parlamentoabierto.identity.domain.ApiTokenRepository;
import mx.parlamentoabierto.platform.persistence.Database;

/** Accounts and their API tokens in the portal's database. */
@ApplicationScoped
public class JpaAccountRepository implements AccountRepository, ApiTokenRepository {

    private Database database;

    protected JpaAccountRepository() {
        // CDI proxy
    }

    @Inject
    public JpaAccountRepository(Database database) {
        this.database = database;
    }

    @Override
    public Optional<Account> find(long id) {
        return Optional.ofNullable(database.currentEntityManager().find(Account.class, id));
    }

    @Override
    public Optional<Account> findByName(String name) {
        return database.currentEntityManager().createQuery("SELECT a FROM Account a WHERE a.name = :n", Account.class)
                .setParameter("n", name).getResultStream().findFirst();
    }

    @Override
    public List<Account> findAll() {
        return database.currentEntityManager().createQuery("SELECT a FROM Account a ORDER BY a.name", Account.class).getResultList();
    }

    @Override
    public void add(Account account) {
        database.currentEntityManager().persist(account);
    }

    @Override
    public Optional<ApiToken> findBySha256(String sha256) {
        return database.currentEntityManager().createQuery("SELECT t FROM ApiToken t WHERE t.tokenSha256 = :h", ApiToken.class)
                .setParameter("h", sha256).getResultStream().findFirst();
    }

    @Override
    public Optional<ApiToken> findToken(long id) {
        return Optional.ofNullable(database.currentEntityManager().find(ApiToken.class, id));
    }

    @Override
    public List<ApiToken> ofAccount(long accountId) {
        return database.currentEntityManager().createQuery("SELECT t FROM ApiToken t WHERE t.accountId = :a ORDER BY t.id", ApiToken.class)
                .setParameter("a", accountId).getResultList();
    }

    @Override
    public void add(ApiToken token) {
        database.currentEntityManager().persist(token);
    }
}
