package mx.parlamentoabierto.methodology.domain;

/** Binary (0 not met / 1 met) or ordinal (e.g. 0–4, from "non-existent" to "excellent"). */
public enum ScaleKind {
    BINARY, ORDINAL
}
