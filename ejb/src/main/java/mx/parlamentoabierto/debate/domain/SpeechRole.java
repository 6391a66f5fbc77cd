package mx.parlamentoabierto.debate.domain;

/**
 * The capacity in which someone spoke: presiding, for the Secretaría, as a legislator, as a guest, several at once; or
 * a stage direction, nobody's words. The codes are the API's and the open data's.
 */
public enum SpeechRole {
    PRESIDING("presidencia"), SECRETARY("secretaria"), LEGISLATOR("legislador"), GUEST("invitado"), COLLECTIVE("colectivo"), NONE("acotacion");

    private final String code;

    SpeechRole(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static SpeechRole fromCode(String code) {
        for (SpeechRole role : values()) {
            if (role.code.equals(code) || role.name().equalsIgnoreCase(code)) {
                return role;
            }
        }
        throw new IllegalArgumentException("rol: debe ser presidencia, secretaria, legislador, invitado, colectivo o acotacion (se recibió '"
                + code + "')");
    }
}
