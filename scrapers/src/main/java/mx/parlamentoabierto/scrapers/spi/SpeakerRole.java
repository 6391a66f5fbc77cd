package mx.parlamentoabierto.scrapers.spi;

/**
 * The capacity in which someone speaks in a sitting, as the transcript's label says it: presiding (Presidencia,
 * vice-presidents presiding), reading for the Secretaría, as a legislator (from the rostrum or their seat), as a guest (a
 * secretary of state, a citizen, a senator in a joint sitting), or a body speaking together ("Los diputados:").
 * {@code NONE} is a stage direction: nobody's words.
 */
public enum SpeakerRole {
    PRESIDING("presidencia"), SECRETARY("secretaria"), LEGISLATOR("legislador"), GUEST("invitado"), COLLECTIVE("colectivo"), NONE("acotacion");

    private final String code;

    SpeakerRole(String code) {
        this.code = code;
    }

    /** The code used in the API and the open data ({@code presidencia}, {@code legislador}…). */
    public String code() {
        return code;
    }

    public static SpeakerRole fromCode(String code) {
        for (SpeakerRole role : values()) {
            if (role.code.equals(code) || role.name().equalsIgnoreCase(code)) {
                return role;
            }
        }
        throw new IllegalArgumentException("rol: debe ser presidencia, secretaria, legislador, invitado, colectivo o acotacion (se recibió '"
                + code + "')");
    }
}
