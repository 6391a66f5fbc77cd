package mx.parlamentoabierto.methodology.domain;

import java.util.Objects;

/** One citation: a source and the exact place in it ("Art. 68, fr. VI", "provisión 19"). */
public record Basis(Source source, String reference) {
    public Basis {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reference, "reference");
    }

    public String citation() {
        return source.title() + ", " + reference;
    }
}
