package mx.parlamentoabierto.evaluation.domain;

import java.util.List;

import mx.parlamentoabierto.identity.domain.Caller;
import mx.parlamentoabierto.identity.domain.Role;
import mx.parlamentoabierto.scoring.domain.Edition;
import mx.parlamentoabierto.scoring.domain.EditionState;

/**
 * Who may see and do what in one edition, from the caller and the edition's assignments. One place for every
 * rule of the cycle, so that the REST resources and the pages ask the same questions:
 * <ul>
 * <li>the public sees published editions (and the demonstration edition) only;</li>
 * <li>coordinators run every edition; evaluators and reviewers see the editions they are assigned to and act on
 *     their own legislatures only; nobody reviews their own answers;</li>
 * <li>staff of legislature X see X's accepted answers during the reply and object to them, and nothing of another
 *     legislature before publication;</li>
 * <li>the audit log is for coordinators and administrators.</li>
 * </ul>
 */
public record EditionAccess(Caller caller, Edition edition, List<Assignment> assignments) {

    /** The assignment of one legislature, if it has one. */
    public java.util.Optional<Assignment> assignment(String legislatureId) {
        return assignments.stream().filter(a -> a.legislatureId().equals(legislatureId)).findFirst();
    }

    public boolean coordinates() {
        return caller.has(Role.COORDINATOR);
    }

    /** Assigned to any legislature of the edition as evaluator or reviewer. */
    public boolean assigned() {
        Long me = caller.accountId();
        return me != null && assignments.stream().anyMatch(a -> a.evaluatorId() == me || a.reviewerId() == me);
    }

    /** Staff of a legislature in scope: may see the edition exists (its state, windows) but not others' answers. */
    public boolean staffInScope() {
        return caller.has(Role.STAFF) && caller.legislatureId() != null && edition.inScope(caller.legislatureId())
                && !edition.legislatureIds().isEmpty();
    }

    /** The edition itself (title, state, windows); administrators see that every edition exists (for its audit log). */
    public boolean canSeeEdition() {
        return edition.publiclyVisible() || coordinates() || assigned() || staffInScope() || caller.has(Role.ADMIN);
    }

    /**
     * The whole ranking (every legislature's score, its CSV, its robustness): public once published; before that it is
     * computed from drafts of every legislature, so only coordinators see it.
     */
    public boolean canSeeResults() {
        return edition.publiclyVisible() || coordinates();
    }

    /**
     * One legislature's scorecard: public once published; before that, whoever may see that legislature's answers
     * (its evaluator, its reviewer, coordinators) — the same object-level rule as the answers themselves.
     */
    public boolean canSeeResults(String legislatureId) {
        return edition.publiclyVisible() || canSeeWork(legislatureId);
    }

    public boolean evaluates(String legislatureId) {
        Long me = caller.accountId();
        return me != null && caller.has(Role.EVALUATOR) && assignment(legislatureId).filter(a -> a.evaluatorId() == me).isPresent();
    }

    public boolean reviews(String legislatureId) {
        Long me = caller.accountId();
        return me != null && caller.has(Role.REVIEWER) && assignment(legislatureId).filter(a -> a.reviewerId() == me).isPresent();
    }

    /**
     * The reviewer may act on this legislature's answers now: during review, or already during evaluation once its
     * evaluator handed it in — a legislature does not wait for the slowest of the others.
     */
    public boolean reviewOpen(String legislatureId) {
        return reviews(legislatureId) && (edition.state() == EditionState.REVIEW
                || edition.state() == EditionState.EVALUATION && assignment(legislatureId).flatMap(Assignment::submittedAt).isPresent());
    }

    /** Staff of this legislature, while the edition is in reply or published. */
    public boolean replies(String legislatureId) {
        return caller.staffOf(legislatureId) && edition.inScope(legislatureId)
                && (edition.state() == EditionState.REPLY || edition.state() == EditionState.PUBLISHED);
    }

    /** Every answer of one legislature, drafts included (staff in reply see accepted ones only: see {@link #replies}). */
    public boolean canSeeWork(String legislatureId) {
        return coordinates() || evaluates(legislatureId) || reviews(legislatureId);
    }

    /** Who answered, before publication: reviewers and coordinators. */
    public boolean canSeeHistory(String legislatureId) {
        return edition.state() == EditionState.PUBLISHED || coordinates() || reviews(legislatureId) || evaluates(legislatureId);
    }

    public boolean canReadAudit() {
        return caller.has(Role.COORDINATOR) || caller.has(Role.ADMIN);
    }
}
