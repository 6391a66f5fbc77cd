package mx.parlamentoabierto.methodology.domain;

/** Where a variable's obligation comes from. */
public enum BasisKind {
    /** A principle of the Alianza para el Parlamento Abierto (2014). */
    PRINCIPLE,
    /** A law: e.g. an article or fraction of the LGTAIP (DOF 20 March 2025). */
    LAW,
    /** A provision of the Declaration on Parliamentary Openness (2012). */
    DECLARATION,
    /** Another published standard or index. */
    STANDARD
}
