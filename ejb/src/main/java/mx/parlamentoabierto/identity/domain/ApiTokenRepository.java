package mx.parlamentoabierto.identity.domain;

import java.util.List;
import java.util.Optional;

public interface ApiTokenRepository {

    Optional<ApiToken> findBySha256(String sha256);

    Optional<ApiToken> findToken(long id);

    List<ApiToken> ofAccount(long accountId);

    void add(ApiToken token);
}
