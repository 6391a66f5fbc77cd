package mx.parlamentoabierto.methodology.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The methodology versions frozen in the database: each version's file exactly as it was first loaded, so an edition
 * scored with it can always be recomputed (port; JPA adapter in the feature's infrastructure).
 */
public interface FrozenVersions {

    /** A frozen version: its key ({@code id@version}), the file's SHA-256 and UTF-8 content, and when it was frozen. */
    record Frozen(String key, String contentSha256, String content, Instant frozenAt) {
    }

    Optional<Frozen> find(String key);

    void freeze(Methodology methodology, String contentSha256, String content, Instant at);

    List<Frozen> all();
}
