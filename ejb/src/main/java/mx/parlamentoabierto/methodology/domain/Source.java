package mx.parlamentoabierto.methodology.domain;

import java.util.Objects;

/** A document variables cite: the LGTAIP, the Declaration on Parliamentary Openness, the principles. */
public record Source(String id, BasisKind kind, String title, String url) {
    public Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
    }
}
