package mx.parlamentoabierto.search.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The search page's reading of its own address and its messages. */
class SearchPageTest {

    @Test
    void thePageNumberIsReadForgivingly() {
        assertEquals(1, SearchPage.parsePage(null));
        assertEquals(1, SearchPage.parsePage("abc"));
        assertEquals(1, SearchPage.parsePage("-4"));
        assertEquals(3, SearchPage.parsePage(" 3 "));
        assertEquals(500, SearchPage.parsePage("99999999999"), "never past the deepest page a search can reach");
    }

    @Test
    void aComplaintNamesTheFieldOfThePageNotOfTheApi() {
        assertEquals("Desde: la fecha inicial es posterior a la final", SearchPage.pageError("from: la fecha inicial es posterior a la final",
                java.util.Locale.forLanguageTag("es")));
        assertEquals("From: la fecha inicial es posterior a la final", SearchPage.pageError("from: la fecha inicial es posterior a la final",
                java.util.Locale.ENGLISH));
        assertEquals("Texto: a lo más 32 palabras", SearchPage.pageError("q: a lo más 32 palabras", java.util.Locale.forLanguageTag("es")));
        assertEquals("algo sin campo", SearchPage.pageError("algo sin campo", java.util.Locale.forLanguageTag("es")));
    }
}
