package mx.parlamentoabierto.legislator.domain;

import java.util.Objects;

/**
 * An id another system gives a person ({@code sitl:LXII} → 316, {@code wikidata} → Q…), as Popolo's identifiers.
 * Kept in {@code person_identifier} through the repository, not as an element collection of {@link Person}
 * (EclipseLink loses embeddables of uncached entities: docs/decisions/0011-no-shared-entity-cache.md).
 */
public record Identifier(String scheme, String identifier) {

    public Identifier {
        Objects.requireNonNull(scheme);
        Objects.requireNonNull(identifier);
    }

    /** The scheme of the SITL's deputy numbers in one term: {@code sitl:LXII}. */
    public static String sitlScheme(String term) {
        return "sitl:" + term;
    }
}
