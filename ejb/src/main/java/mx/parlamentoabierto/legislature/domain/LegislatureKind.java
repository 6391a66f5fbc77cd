package mx.parlamentoabierto.legislature.domain;

/** What kind of legislative institution it is. The JSON names are the lower-case enum names. */
public enum LegislatureKind {
    FEDERAL_CHAMBER("Cámara federal"),
    STATE_CONGRESS("Congreso local"),
    NATIONAL_PARLIAMENT("Parlamento nacional"),
    SUBNATIONAL_LEGISLATURE("Legislatura subnacional");

    private final String spanishName;

    LegislatureKind(String spanishName) {
        this.spanishName = spanishName;
    }

    public String spanishName() {
        return spanishName;
    }

    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
