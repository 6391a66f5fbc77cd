package mx.parlamentoabierto.identity.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SignInPageTest {

    @Test
    void afterSignInOnlyAPathOfThisPortalIsFollowed() {
        assertEquals("/trabajo/respuestas.xhtml?edicion=e&legislatura=sonora", SignInPage.safeBack("/trabajo/respuestas.xhtml?edicion=e&legislatura=sonora"));
        for (String hostile : new String[] {null, "", "https://evil.example/", "//evil.example/x", "/\\evil.example", "/a\r\nSet-Cookie: x=1",
                "/entrar.xhtml", "trabajo/index.xhtml", "/../../evil", "/%2e%2e/x/../../../y"}) {
            assertEquals("/trabajo/index.xhtml", SignInPage.safeBack(hostile), String.valueOf(hostile));
        }
    }

    /** Every control character (C0, DEL, C1) and every kind of space, wherever it stands: browsers drop or fold them. */
    @Test
    void noControlCharacterOrSpaceSurvivesAnywhereInTheReturnPath() {
        for (int c = 0; c <= 0x9f; c++) {
            if (c > 0x20 && c < 0x7f) {
                continue;
            }
            for (String hostile : new String[] {"/" + (char) c + "/evil.example/x", (char) c + "//evil.example/x", "//" + (char) c + "evil.example",
                    "/trabajo/" + (char) c + "index.xhtml"}) {
                assertEquals("/trabajo/index.xhtml", SignInPage.safeBack(hostile), "U+" + Integer.toHexString(c));
            }
        }
        for (char space : new char[] {'\u00a0', '\u2028', '\u2029', '\u3000', '\u200b'}) {
            String hostile = "/" + space + "/evil.example/x";
            String back = SignInPage.safeBack(hostile);
            assertEquals(false, back.startsWith("//"), "U+" + Integer.toHexString(space) + " → " + back);
        }
    }
}
