package mx.parlamentoabierto.search.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class TextPassagesTest {

    @Test
    void aShortTextIsOnePassage() {
        assertEquals(List.of("Acta de la sesión."), TextPassages.split("Acta de la sesión."));
        assertEquals(List.of(), TextPassages.split(""));
    }

    @Test
    void passagesKeepEveryCharacterInOrderAndStayUnderTheLimit() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 2_000; i++) {
            text.append("El diputado ").append(i).append(" pidió la palabra para hablar del dictamen.").append(i % 7 == 0 ? "\n\n" : i % 3 == 0 ? "\n" : " ");
        }
        List<String> passages = TextPassages.split(text.toString(), 1_000);
        assertEquals(text.toString(), String.join("", passages));
        assertTrue(passages.stream().allMatch(p -> p.length() <= 1_000));
        assertTrue(passages.size() > 80);
    }

    @Test
    void cutsPreferParagraphsThenLinesThenSpaces() {
        String paragraph = "a".repeat(600) + "\n\n" + "b".repeat(300) + "\n" + "c".repeat(300);
        assertEquals("a".repeat(600) + "\n\n", TextPassages.split(paragraph, 1_000).get(0));
        String lines = "a".repeat(600) + "\n" + "b".repeat(300) + " " + "c".repeat(300);
        assertEquals("a".repeat(600) + "\n", TextPassages.split(lines, 1_000).get(0), "a line break before a later space");
        String words = "a".repeat(700) + " " + "b".repeat(700);
        assertEquals("a".repeat(700) + " ", TextPassages.split(words, 1_000).get(0));
    }

    @Test
    void aTextWithoutBreaksIsCutAtTheLimitButNeverInsideASurrogatePair() {
        String text = "x".repeat(999) + "\uD83D\uDCDC" + "y".repeat(500);
        List<String> passages = TextPassages.split(text, 1_000);
        assertEquals(999, passages.get(0).length(), "the pair moves whole to the next passage");
        assertEquals(text, String.join("", passages));
    }
}
