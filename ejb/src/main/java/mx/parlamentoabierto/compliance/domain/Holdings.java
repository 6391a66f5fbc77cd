package mx.parlamentoabierto.compliance.domain;

import java.time.LocalDate;
import java.util.Map;

import mx.parlamentoabierto.budget.domain.BudgetStage;

/**
 * What the portal holds of one legislature, counted: archive documents by type (current versions that did not fail,
 * the newest document date and how many have no date), roll calls with each legislator's vote, legislators with a
 * membership, committee memberships, and budget lines by stage (the latest year).
 */
public record Holdings(String legislatureId, Map<String, Records> documents, Records rollCalls, Records legislators, Records committees,
        Map<BudgetStage, Integer> latestBudgetYear) {

    /** How many records and the newest date among them ({@code latest} null when none has a date). */
    public record Records(long count, LocalDate latest, long undated) {

        public static final Records NONE = new Records(0, null, 0);

        public Records plus(Records other) {
            LocalDate newest = latest == null ? other.latest : other.latest == null ? latest : latest.isAfter(other.latest) ? latest : other.latest;
            return new Records(count + other.count, newest, undated + other.undated);
        }
    }

    public Holdings {
        documents = Map.copyOf(documents);
        latestBudgetYear = Map.copyOf(latestBudgetYear);
    }

    public static Holdings empty(String legislatureId) {
        return new Holdings(legislatureId, Map.of(), Records.NONE, Records.NONE, Records.NONE, Map.of());
    }

    /** True when the portal holds nothing at all of the legislature: its compliance figure would say nothing. */
    public boolean nothing() {
        return documents.values().stream().allMatch(r -> r.count() == 0) && rollCalls.count() == 0 && legislators.count() == 0
                && committees.count() == 0 && latestBudgetYear.isEmpty();
    }

    public Records documents(String type) {
        return documents.getOrDefault(type, Records.NONE);
    }
}
