package mx.parlamentoabierto.compliance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import mx.parlamentoabierto.budget.domain.BudgetStage;

/** The status of an obligation from its evidence rules, what the portal holds and the date: every branch. */
class ObligationCheckTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final Period QUARTER = Period.ofMonths(3);
    private static final EvidenceRule GACETAS = new EvidenceRule(EvidenceRule.Kind.DOCUMENTS, List.of("gaceta"), null, Optional.empty(), null);
    private static final EvidenceRule ROLL_CALLS = new EvidenceRule(EvidenceRule.Kind.ROLL_CALLS, List.of(), null, Optional.empty(), null);
    private static final EvidenceRule NOT_HERE = new EvidenceRule(EvidenceRule.Kind.NOT_CHECKABLE, List.of(), null, Optional.empty(), "no");

    private static Holdings holding(Map<String, Holdings.Records> documents, Holdings.Records rollCalls, Map<BudgetStage, Integer> budget) {
        return new Holdings("jalisco", documents, rollCalls, Holdings.Records.NONE, Holdings.Records.NONE, budget);
    }

    @Test
    void evidenceWithinThePeriodIsMetOlderIsStaleNoneIsMissing() {
        Holdings recent = holding(Map.of("gaceta", new Holdings.Records(12, LocalDate.of(2026, 11, 30), 0)), Holdings.Records.NONE, Map.of());
        ObligationCheck.Result met = ObligationCheck.check(List.of(GACETAS), QUARTER, recent, TODAY);
        assertEquals(ComplianceStatus.MET, met.status());
        assertEquals(LocalDate.of(2027, 2, 28), met.currentUntil(), "current for three months after the newest gaceta");

        Holdings old = holding(Map.of("gaceta", new Holdings.Records(12, LocalDate.of(2026, 9, 6), 0)), Holdings.Records.NONE, Map.of());
        assertEquals(ComplianceStatus.STALE, ObligationCheck.check(List.of(GACETAS), QUARTER, old, TODAY).status());
        assertEquals(ComplianceStatus.MET, ObligationCheck.check(List.of(GACETAS), QUARTER,
                holding(Map.of("gaceta", new Holdings.Records(1, LocalDate.of(2026, 9, 7), 0)), Holdings.Records.NONE, Map.of()), TODAY).status(),
                "the last day of the period still counts");

        assertEquals(ComplianceStatus.MISSING, ObligationCheck.check(List.of(GACETAS), QUARTER, Holdings.empty("jalisco"), TODAY).status());
        ObligationCheck.Result undated = ObligationCheck.check(List.of(GACETAS), QUARTER,
                holding(Map.of("gaceta", new Holdings.Records(3, null, 3)), Holdings.Records.NONE, Map.of()), TODAY);
        assertEquals(ComplianceStatus.STALE, undated.status(), "documents without a date cannot show they are current");
        assertNull(undated.currentUntil());
    }

    @Test
    void anyRuleSatisfiesTheObligationAndItsFreshestEvidenceCounts() {
        Holdings held = holding(Map.of("gaceta", new Holdings.Records(5, LocalDate.of(2025, 1, 1), 0)),
                new Holdings.Records(40, LocalDate.of(2026, 12, 1), 0), Map.of());
        ObligationCheck.Result r = ObligationCheck.check(List.of(GACETAS, ROLL_CALLS, NOT_HERE), QUARTER, held, TODAY);
        assertEquals(ComplianceStatus.MET, r.status());
        assertEquals(2, r.evidence().size(), "one entry per checkable rule");
        assertEquals(LocalDate.of(2026, 12, 1), r.latest());
    }

    @Test
    void onlyUncheckableRulesAreNotCheckable() {
        assertEquals(ComplianceStatus.NOT_CHECKABLE, ObligationCheck.check(List.of(NOT_HERE), QUARTER, Holdings.empty("x"), TODAY).status());
    }

    @Test
    void aBudgetYearCountsFromItsLastDayWithTheRulesOwnPeriod() {
        EvidenceRule paid = new EvidenceRule(EvidenceRule.Kind.BUDGET, List.of(), BudgetStage.PAID, Optional.of(Period.ofMonths(16)), null);
        EvidenceRule approved = new EvidenceRule(EvidenceRule.Kind.BUDGET, List.of(), BudgetStage.APPROVED, Optional.empty(), null);
        Holdings held = holding(Map.of(), Holdings.Records.NONE, Map.of(BudgetStage.PAID, 2025, BudgetStage.APPROVED, 2025));
        assertEquals(ComplianceStatus.MET, ObligationCheck.check(List.of(paid), QUARTER, held, TODAY).status(),
                "the 2025 account is current until 2027-04-30");
        assertEquals(ComplianceStatus.STALE, ObligationCheck.check(List.of(approved), QUARTER, held, TODAY).status(),
                "the 2025 approved budget stopped being current on 2026-03-31");
        assertEquals(ComplianceStatus.STALE, ObligationCheck.check(List.of(paid), QUARTER,
                holding(Map.of(), Holdings.Records.NONE, Map.of(BudgetStage.PAID, 2024)), TODAY).status());
    }
}
