package mx.parlamentoabierto.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import mx.parlamentoabierto.platform.InvalidInputException;

class AccountTest {

    private static final Instant AT = Instant.parse("2026-12-01T12:00:00Z");

    @Test
    void aNameIsALowerCaseLoginAndTheDisplayNameDefaultsToIt() {
        Account a = new Account("ana.perez", "  ", Set.of(Role.EVALUATOR), null, "hash", AT);
        assertEquals("ana.perez", a.displayName());
        assertTrue(a.active());
        for (String bad : new String[] {"Ana", "a", "ana pérez", "-ana", "x".repeat(65)}) {
            assertEquals("name", assertThrows(InvalidInputException.class,
                    () -> new Account(bad, null, Set.of(Role.EVALUATOR), null, "hash", AT)).field(), bad);
        }
    }

    @Test
    void staffBelongToExactlyOneLegislatureAndNobodyElseToAny() {
        Account staff = new Account("personal-sonora", null, Set.of(Role.STAFF), "sonora", "hash", AT);
        assertEquals(Optional.of("sonora"), staff.legislatureId());
        assertEquals("legislature", assertThrows(InvalidInputException.class,
                () -> new Account("personal", null, Set.of(Role.STAFF), " ", "hash", AT)).field());
        assertEquals("legislature", assertThrows(InvalidInputException.class,
                () -> new Account("evaluador", null, Set.of(Role.EVALUATOR), "sonora", "hash", AT)).field());
        assertEquals("roles", assertThrows(InvalidInputException.class,
                () -> new Account("nadie", null, Set.of(), null, "hash", AT)).field());
    }

    @Test
    void grantingOtherRolesKeepsTheRulesAndDropsTheLegislatureOfFormerStaff() {
        Account a = new Account("personal-sonora", null, Set.of(Role.STAFF), "sonora", "hash", AT);
        a.grant(Set.of(Role.REVIEWER, Role.EVALUATOR), null);
        assertTrue(a.has(Role.REVIEWER) && a.has(Role.EVALUATOR));
        assertFalse(a.has(Role.STAFF));
        assertEquals(Optional.empty(), a.legislatureId());
        assertThrows(InvalidInputException.class, () -> a.grant(Set.of(Role.STAFF), null));
        assertTrue(a.has(Role.REVIEWER), "a refused grant changes nothing");
    }

    @Test
    void anAccountIsDeactivatedAndActivatedAgain() {
        Account a = new Account("coordinadora", null, Set.of(Role.COORDINATOR), null, "hash", AT);
        a.deactivate();
        assertFalse(a.active());
        a.activate();
        assertTrue(a.active());
        a.changePassword("otro-hash");
        assertEquals("otro-hash", a.passwordHash());
    }
}
