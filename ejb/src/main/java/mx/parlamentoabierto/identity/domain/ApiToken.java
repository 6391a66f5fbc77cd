package mx.parlamentoabierto.identity.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A personal API token ({@code Authorization: Bearer …}) created and revoked by its owner. Only the SHA-256 of the
 * secret is stored, with its first characters so the owner can tell tokens apart.
 */
@Entity
@Table(name = "api_token")
@Cacheable(false)
public class ApiToken {

    @Id
    @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
    private Long id;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(nullable = false, length = 100)
    private String label;

    @Column(name = "token_sha256", nullable = false, length = 64)
    private String tokenSha256;

    @Column(name = "token_prefix", nullable = false, length = 16)
    private String tokenPrefix;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiToken() {
        // JPA
    }

    public ApiToken(Long accountId, String label, String tokenSha256, String tokenPrefix, Instant at) {
        if (label == null || label.isBlank() || label.length() > 100) {
            throw new IllegalArgumentException("label: hace falta un nombre para el token (a lo más 100 caracteres)");
        }
        this.accountId = Objects.requireNonNull(accountId);
        this.label = label.strip();
        this.tokenSha256 = Objects.requireNonNull(tokenSha256);
        this.tokenPrefix = Objects.requireNonNull(tokenPrefix);
        this.createdAt = Objects.requireNonNull(at);
    }

    public void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    public Long id() { return id; }
    public Long accountId() { return accountId; }
    public String label() { return label; }
    public String tokenSha256() { return tokenSha256; }
    public String tokenPrefix() { return tokenPrefix; }
    public Instant createdAt() { return createdAt; }
    public Optional<Instant> revokedAt() { return Optional.ofNullable(revokedAt); }

    public boolean active() {
        return revokedAt == null;
    }
}
