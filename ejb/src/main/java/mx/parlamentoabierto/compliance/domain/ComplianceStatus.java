package mx.parlamentoabierto.compliance.domain;

/**
 * An obligation's status for a legislature: {@code met} (the newest evidence is within its update period),
 * {@code stale} (evidence exists but is older, or undated), {@code missing} (none) or {@code not_checkable} (no kind
 * of record the portal holds can show it).
 */
public enum ComplianceStatus {
    MET("met"), STALE("stale"), MISSING("missing"), NOT_CHECKABLE("not_checkable");

    private final String code;

    ComplianceStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
