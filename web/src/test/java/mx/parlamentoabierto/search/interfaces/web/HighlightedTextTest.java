package mx.parlamentoabierto.search.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class HighlightedTextTest {

    @Test
    void marksBecomeSegmentsAndEntitiesBecomePlainTextForThePageToEscape() {
        List<HighlightedText.Segment> segments = HighlightedText.segments(
                "la &lt;script&gt;alert(1)&lt;&#x2F;script&gt; y la <mark>auditoría</mark> &amp; más");
        assertEquals(List.of(new HighlightedText.Segment("la <script>alert(1)</script> y la ", false),
                new HighlightedText.Segment("auditoría", true), new HighlightedText.Segment(" & más", false)), segments);
    }

    @Test
    void aFragmentWithoutMarksIsOneSegment() {
        assertEquals(List.of(new HighlightedText.Segment("texto llano", false)), HighlightedText.segments("texto llano"));
    }
}
