package mx.parlamentoabierto.compliance.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * The check itself, a pure function of the evidence rules, what the portal holds and today's date. For each rule the
 * records it finds and their newest date; a record's date plus the rule's period (or the obligation's) is when it
 * stops being current. An obligation is met when its freshest evidence is still current, stale when evidence exists
 * but none is (or none has a date), missing when there is none, and not checkable when no rule can be checked here.
 * A budget year counts from its last day: the approved budget of 2026 is evidence dated 2026-12-31.
 */
public final class ObligationCheck {

    private ObligationCheck() {
    }

    /** What one rule found. {@code currentUntil} null when nothing dated was found. */
    public record Evidence(EvidenceRule rule, long count, LocalDate latest, long undated, LocalDate currentUntil) {

        public boolean found() {
            return count > 0;
        }
    }

    /** An obligation's status with the evidence behind it; {@code currentUntil} is the freshest evidence's end. */
    public record Result(ComplianceStatus status, List<Evidence> evidence, LocalDate latest, LocalDate currentUntil) {
    }

    public static Result check(List<EvidenceRule> rules, Period defaultPeriod, Holdings holdings, LocalDate today) {
        List<Evidence> found = new ArrayList<>();
        boolean checkable = false;
        for (EvidenceRule rule : rules) {
            if (!rule.checkable()) {
                continue;
            }
            checkable = true;
            Holdings.Records records = records(rule, holdings);
            Period period = rule.period().orElse(defaultPeriod);
            found.add(new Evidence(rule, records.count(), records.latest(), records.undated(),
                    records.latest() == null ? null : records.latest().plus(period)));
        }
        if (!checkable) {
            return new Result(ComplianceStatus.NOT_CHECKABLE, found, null, null);
        }
        LocalDate latest = null;
        LocalDate currentUntil = null;
        boolean any = false;
        for (Evidence e : found) {
            any |= e.found();
            if (e.latest() != null && (latest == null || e.latest().isAfter(latest))) {
                latest = e.latest();
            }
            if (e.currentUntil() != null && (currentUntil == null || e.currentUntil().isAfter(currentUntil))) {
                currentUntil = e.currentUntil();
            }
        }
        ComplianceStatus status = !any ? ComplianceStatus.MISSING
                : currentUntil != null && !today.isAfter(currentUntil) ? ComplianceStatus.MET : ComplianceStatus.STALE;
        return new Result(status, found, latest, currentUntil);
    }

    static Holdings.Records records(EvidenceRule rule, Holdings holdings) {
        switch (rule.kind()) {
            case DOCUMENTS:
                Holdings.Records all = Holdings.Records.NONE;
                for (String type : rule.documentTypes()) {
                    all = all.plus(holdings.documents(type));
                }
                return all;
            case ROLL_CALLS:
                return holdings.rollCalls();
            case LEGISLATORS:
                return holdings.legislators();
            case COMMITTEES:
                return holdings.committees();
            case BUDGET:
                Integer year = holdings.latestBudgetYear().get(rule.stage());
                return year == null ? Holdings.Records.NONE : new Holdings.Records(1, LocalDate.of(year, 12, 31), 0);
            default:
                return Holdings.Records.NONE;
        }
    }
}
