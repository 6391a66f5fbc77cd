package mx.parlamentoabierto.identity.domain;

import java.util.List;
import java.util.Optional;

public interface AccountRepository {

    Optional<Account> find(long id);

    Optional<Account> findByName(String name);

    List<Account> findAll();

    void add(Account account);
}
