package mx.parlamentoabierto.legislator.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** A legislator as the Popolo import describes them. */
class PersonTest {

    private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");

    private static PersonDescription described(String name, String sortName) {
        return new PersonDescription(name, sortName, null, null, "female", null, null, null, Set.of(), null);
    }

    @Test
    void itsIdIsTheLegislatureAndTheSourcesId() {
        assertEquals(PopoloIds.of("diputados", "abc-123"), new Person("diputados", "abc-123").id());
        assertThrows(IllegalArgumentException.class, () -> PopoloIds.of("diputados", " "));
    }

    @Test
    void describingTellsWhetherAnythingChangedAndSortsByTheNameWhenNoSortNameIsGiven() {
        Person p = new Person("diputados", "abc-123");
        assertTrue(p.describe(described("María Elena Pérez Núñez", null), AT));
        assertEquals("María Elena Pérez Núñez", p.sortName());
        assertEquals(AT, p.updatedAt());
        assertFalse(p.describe(described("María Elena Pérez Núñez", " "), AT.plusSeconds(60)), "the same description changes nothing");
        assertEquals(AT, p.updatedAt(), "and keeps the time of the last real change");
        assertTrue(p.describe(described("María Elena Pérez Núñez", "Pérez Núñez, María Elena"), AT.plusSeconds(60)));
        assertEquals("Pérez Núñez, María Elena", p.sortName());
    }

    @Test
    void theNameKeyIgnoresAccentsCaseAndOrder() {
        Person a = new Person("diputados", "a");
        a.describe(described("María Elena Pérez Núñez", "Pérez Núñez, María Elena"), AT);
        Person b = new Person("diputados", "b");
        b.describe(described("MARIA ELENA PEREZ NUNEZ", null), AT);
        assertEquals(a.nameKey(), b.nameKey());
    }

    @Test
    void searchableTextHasNoAccentsNoCaseNoParticlesAndSingleSpaces() {
        assertEquals("comision trabajo prevision social", Person.searchable("De la Comisión  de Trabajo y Previsión Social"));
    }
}
