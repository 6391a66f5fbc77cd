package mx.parlamentoabierto.search.application;

import java.util.List;
import java.util.Optional;

import mx.parlamentoabierto.methodology.domain.Methodology;
import mx.parlamentoabierto.search.domain.VariableHit;

/** The port to the search engine. */
public interface SearchIndex {

    /** Creates any missing concrete index of the current mapping versions. Idempotent. */
    void ensureIndices();

    /** Points every alias at its current index version, atomically; call once the new versions are filled. */
    void activateIndices();

    /** Indexes (or re-indexes) every variable of a methodology version; ids are deterministic. */
    void indexMethodology(Methodology methodology);

    /** Variables matching a Spanish full-text query, best first; optionally only one methodology version. */
    List<VariableHit> searchVariables(String query, Optional<String> methodologyKey, int limit);

    /** True when the engine answers and the cluster is at least yellow. */
    boolean isAvailable();
}
