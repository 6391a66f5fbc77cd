package mx.parlamentoabierto.compliance.domain;

import java.time.Period;
import java.util.List;
import java.util.Objects;

/**
 * One obligation of the law: its article and fraction ("68-II"), what it asks, the update period it is held to
 * (Art. 58: every three months unless the file says otherwise) and the records that satisfy it (any of them).
 */
public record Obligation(String id, int article, String fraction, String text, Period period, List<EvidenceRule> evidence) {

    public Obligation {
        Objects.requireNonNull(id);
        Objects.requireNonNull(text);
        Objects.requireNonNull(period);
        evidence = List.copyOf(evidence);
    }

    /** "Art. 68, fr. II". */
    public String citation() {
        return "Art. " + article + ", fr. " + fraction;
    }

    public boolean checkable() {
        return evidence.stream().anyMatch(EvidenceRule::checkable);
    }
}
