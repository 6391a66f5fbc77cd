package mx.parlamentoabierto.identity.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SignInPageTest {

    @Test
    void afterSignInOnlyAPathOfThisPortalIsFollowed() {
        assertEquals("/trabajo/respuestas.xhtml?edicion=e&legislatura=sonora", SignInPage.safeBack("/trabajo/respuestas.xhtml?edicion=e&legislatura=sonora"));
        for (String hostile : new String[] {null, "", "https://evil.example/", "//evil.example/x", "/\\evil.example", "/a\r\nSet-Cookie: x=1",
                "/entrar.xhtml", "trabajo/index.xhtml"}) {
            assertEquals("/trabajo/index.xhtml", SignInPage.safeBack(hostile), String.valueOf(hostile));
        }
    }
}
