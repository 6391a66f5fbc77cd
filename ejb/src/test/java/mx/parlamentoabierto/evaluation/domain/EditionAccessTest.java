package mx.parlamentoabierto.evaluation.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import mx.parlamentoabierto.identity.domain.Caller;
import mx.parlamentoabierto.identity.domain.Role;
import mx.parlamentoabierto.platform.InvalidInputException;
import mx.parlamentoabierto.scoring.domain.Edition;
import mx.parlamentoabierto.scoring.domain.EditionState;

class EditionAccessTest {

    private static final LocalDate D = LocalDate.of(2026, 3, 1);

    private static Edition edition() {
        return Edition.toEvaluate("e-1", "E", 2026, "m@1", Set.of("sonora"), D, D.plusDays(5), D, D.plusDays(9), null, Instant.EPOCH);
    }

    private static Caller caller(long id, Role role, String legislature) {
        return new Caller(id, "cuenta-" + id, Set.of(role), legislature, "10.0.0.1");
    }

    private static final List<Assignment> ASSIGNMENTS = List.of(new Assignment("e-1", "sonora", 2, 3), new Assignment("e-1", "jalisco", 6, 7));

    @Test
    void beforePublicationOnlyThoseWhoWorkOnTheEditionSeeItsResults() {
        Edition e = edition();
        assertFalse(new EditionAccess(Caller.anonymous("x"), e, ASSIGNMENTS).canSeeEdition());
        assertTrue(new EditionAccess(caller(1, Role.COORDINATOR, null), e, ASSIGNMENTS).canSeeResults());
        EditionAccess sonoraEvaluator = new EditionAccess(caller(2, Role.EVALUATOR, null), e, ASSIGNMENTS);
        assertFalse(sonoraEvaluator.canSeeResults(), "the whole ranking mixes every legislature's drafts");
        assertTrue(sonoraEvaluator.canSeeResults("sonora"));
        assertFalse(sonoraEvaluator.canSeeResults("jalisco"), "another legislature's drafts, through its scorecard");
        assertTrue(new EditionAccess(caller(3, Role.REVIEWER, null), e, ASSIGNMENTS).canSeeResults("sonora"));
        assertFalse(new EditionAccess(caller(3, Role.REVIEWER, null), e, ASSIGNMENTS).canSeeResults("jalisco"));
        assertFalse(new EditionAccess(caller(9, Role.EVALUATOR, null), e, ASSIGNMENTS).canSeeEdition(), "an evaluator not assigned here");
        EditionAccess staff = new EditionAccess(caller(4, Role.STAFF, "sonora"), e, ASSIGNMENTS);
        assertTrue(staff.canSeeEdition());
        assertFalse(staff.canSeeResults());
        assertFalse(staff.canSeeResults("sonora"), "staff see their answers in the reply, not a scorecard of drafts");
        assertFalse(new EditionAccess(caller(5, Role.STAFF, "yucatan"), e, ASSIGNMENTS).canSeeEdition(), "staff of a legislature not in scope");
    }

    @Test
    void evaluatorsAndReviewersActOnTheirOwnAssignmentsAndStaffReplyOnlyInReply() {
        Edition e = edition();
        assertTrue(new EditionAccess(caller(2, Role.EVALUATOR, null), e, ASSIGNMENTS).evaluates("sonora"));
        assertFalse(new EditionAccess(caller(3, Role.EVALUATOR, null), e, ASSIGNMENTS).evaluates("sonora"), "the reviewer's account does not answer");
        assertTrue(new EditionAccess(caller(3, Role.REVIEWER, null), e, ASSIGNMENTS).reviews("sonora"));
        EditionAccess staff = new EditionAccess(caller(4, Role.STAFF, "sonora"), e, ASSIGNMENTS);
        assertFalse(staff.replies("sonora"));
        e.transitionTo(EditionState.EVALUATION);
        e.transitionTo(EditionState.REVIEW);
        e.transitionTo(EditionState.REPLY);
        assertTrue(staff.replies("sonora"));
        assertFalse(staff.replies("yucatan"));
        assertFalse(new EditionAccess(caller(2, Role.EVALUATOR, null), e, ASSIGNMENTS).canReadAudit());
        assertTrue(new EditionAccess(caller(7, Role.ADMIN, null), e, ASSIGNMENTS).canReadAudit());
    }

    @Test
    void nobodyReviewsTheirOwnAnswers() {
        assertThrows(InvalidInputException.class, () -> new Assignment("e-1", "sonora", 2, 2));
    }
}
