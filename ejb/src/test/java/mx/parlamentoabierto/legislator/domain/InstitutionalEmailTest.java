package mx.parlamentoabierto.legislator.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The addresses of the EveryPolitician file for Mexico (522 at congreso.gob.mx, one at gmail.com) and other parliaments'. */
class InstitutionalEmailTest {

    @Test
    void institutionalAddressesAreKeptAndPersonalOnesDropped() {
        assertEquals("oscar.ferrer@congreso.gob.mx", InstitutionalEmail.keep("oscar.ferrer@congreso.gob.mx"));
        assertEquals("x@senado.gob.mx", InstitutionalEmail.keep("x@senado.gob.mx"));
        assertEquals("dep.fulano@camara.leg.br", InstitutionalEmail.keep("dep.fulano@camara.leg.br"));
        assertEquals("someone.mp@parliament.uk", InstitutionalEmail.keep("someone.mp@parliament.uk"));
        assertEquals("diputada@congresojal.gob.mx", InstitutionalEmail.keep("diputada@congresojal.gob.mx"));
        assertNull(InstitutionalEmail.keep("diputado.personal@gmail.com"));
        assertNull(InstitutionalEmail.keep("alguien@hotmail.com"));
        assertNull(InstitutionalEmail.keep("asarur"));
        assertNull(InstitutionalEmail.keep(null));
    }
}
