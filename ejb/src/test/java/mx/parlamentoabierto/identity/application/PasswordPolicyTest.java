package mx.parlamentoabierto.identity.application;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import mx.parlamentoabierto.platform.InvalidInputException;

class PasswordPolicyTest {

    @Test
    void shortCommonOrNameBearingPasswordsAreRefusedNamingTheField() {
        InvalidInputException tooShort = assertThrows(InvalidInputException.class, () -> PasswordPolicy.check("ana", "corta12345"));
        assertEquals("password", tooShort.field());
        assertTrue(tooShort.getMessage().contains("12"), tooShort.getMessage());
        InvalidInputException common = assertThrows(InvalidInputException.class, () -> PasswordPolicy.check("ana", "Contraseña123"));
        assertTrue(common.getMessage().contains("comunes"), common.getMessage());
        assertThrows(InvalidInputException.class, () -> PasswordPolicy.check("evaluadora", "la-evaluadora-2026"));
        assertDoesNotThrow(() -> PasswordPolicy.check("ana", "caballo correcto batería grapa"));
    }

    @Test
    void generatedPasswordsPassThePolicyAndDiffer() {
        String a = PasswordPolicy.generate();
        assertEquals(20, a.length());
        assertDoesNotThrow(() -> PasswordPolicy.check("ana", a));
        assertNotEquals(a, PasswordPolicy.generate());
    }
}
