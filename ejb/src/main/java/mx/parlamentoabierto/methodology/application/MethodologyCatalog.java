package mx.parlamentoabierto.methodology.application;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import mx.parlamentoabierto.methodology.domain.FrozenVersions;
import mx.parlamentoabierto.methodology.domain.Methodology;
import mx.parlamentoabierto.methodology.infrastructure.MethodologyFile;
import mx.parlamentoabierto.platform.json.InvalidDataFileException;
import mx.parlamentoabierto.platform.persistence.UnitOfWork;

/**
 * Every methodology version the portal knows. Versions are frozen in the database the first time they
 * are loaded; loading the same id and version again with different content is refused, because editions
 * already scored with it must stay reproducible. Changed content needs a new version.
 */
@ApplicationScoped
public class MethodologyCatalog {

    private FrozenVersions frozenVersions;
    private Clock clock;
    private final Map<String, Methodology> byKey = new ConcurrentHashMap<>();
    private final Map<String, String> sha256ByKey = new ConcurrentHashMap<>();

    protected MethodologyCatalog() {
        // CDI proxy
    }

    @Inject
    public MethodologyCatalog(FrozenVersions frozenVersions, Clock clock) {
        this.frozenVersions = frozenVersions;
        this.clock = clock;
    }

    /** Freezes new versions from the files and loads every frozen version into memory. */
    @UnitOfWork
    public void load(List<MethodologyFile.Loaded> files) {
        for (MethodologyFile.Loaded loaded : files) {
            Methodology m = loaded.methodology();
            String sha = sha256(loaded.content());
            Optional<FrozenVersions.Frozen> frozen = frozenVersions.find(m.key());
            if (frozen.isEmpty()) {
                frozenVersions.freeze(m, sha, new String(loaded.content(), StandardCharsets.UTF_8), clock.instant());
            } else if (!frozen.get().contentSha256().equals(sha)) {
                throw new InvalidDataFileException(loaded.file(), "$.version", "la metodología " + m.key()
                        + " ya está congelada (desde " + frozen.get().frozenAt() + ") con otro contenido; "
                        + "publique los cambios con una versión nueva");
            }
        }
        for (FrozenVersions.Frozen frozen : frozenVersions.all()) {
            sha256ByKey.put(frozen.key(), frozen.contentSha256());
            byKey.computeIfAbsent(frozen.key(), k -> MethodologyFile.parse("methodology_version[" + k + "]",
                    frozen.content().getBytes(StandardCharsets.UTF_8)));
        }
    }

    public List<Methodology> all() {
        return byKey.values().stream().sorted(Comparator.comparing(Methodology::id).thenComparing(Methodology::version)).toList();
    }

    /** The SHA-256 of the frozen file of a methodology version (what a published snapshot names). */
    public Optional<String> contentSha256(String key) {
        return Optional.ofNullable(sha256ByKey.get(key));
    }

    public Optional<Methodology> byKey(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** The newest version of a methodology id (versions compared as dotted numbers, then text). */
    public Optional<Methodology> latest(String methodologyId) {
        return byKey.values().stream().filter(m -> m.id().equals(methodologyId))
                .max(Comparator.comparing(Methodology::version, MethodologyCatalog::compareVersions));
    }

    public Optional<Methodology> find(String methodologyId, String version) {
        return byKey(methodologyId + "@" + version);
    }

    static int compareVersions(String a, String b) {
        String[] pa = a.split("[.\\-]");
        String[] pb = b.split("[.\\-]");
        for (int i = 0; i < Math.min(pa.length, pb.length); i++) {
            int c;
            if (pa[i].matches("\\d+") && pb[i].matches("\\d+")) {
                c = Long.compare(Long.parseLong(pa[i]), Long.parseLong(pb[i]));
            } else {
                c = pa[i].compareTo(pb[i]);
            }
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(pa.length, pb.length);
    }

    private static String sha256(byte[] content) {
        return mx.parlamentoabierto.platform.Sha256.hex(content);
    }
}
