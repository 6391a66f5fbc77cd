package mx.parlamentoabierto.searchnode.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

/** The plugin's factories, run on Lucene directly with the chain the index uses. */
class SpanishFiltersTest {

    private static List<String> analyse(String text, boolean preserveOriginal, String language) throws IOException {
        StandardTokenizer tokenizer = new StandardTokenizer();
        tokenizer.setReader(new StringReader(text));
        TokenStream stream = new LowerCaseFilter(tokenizer);
        stream = new AsciiFoldingTokenFilterFactory(() -> preserveOriginal).create(stream);
        stream = new StemmerTokenFilterFactory(() -> language).create(stream);
        List<String> tokens = new ArrayList<>();
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        stream.reset();
        while (stream.incrementToken()) {
            tokens.add(term.toString());
        }
        stream.end();
        stream.close();
        return tokens;
    }

    @Test
    void accentedAndUnaccentedFormsMeetOnTheSameStem() throws IOException {
        assertEquals(analyse("sesión", false, "light_spanish"), analyse("sesion", false, "light_spanish"));
        assertEquals(analyse("auditoría", false, "light_spanish"), analyse("auditorias", false, "light_spanish"));
    }

    @Test
    void preserveOriginalKeepsTheAccentedTokenBesideTheFoldedOne() throws IOException {
        List<String> tokens = analyse("Cámara", true, "minimal_spanish");
        assertTrue(tokens.contains("camara"), tokens::toString);
        assertTrue(tokens.contains("cámara"), tokens::toString);
    }

    @Test
    void unknownStemmerLanguageIsRejectedWithItsName() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new StemmerTokenFilterFactory(() -> "klingon"));
        assertTrue(error.getMessage().contains("klingon"));
    }
}
