package mx.parlamentoabierto.scrapers.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ScrapedRecordTest {

    @Test
    void aRecordWithoutAbsoluteSourceUrlIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new ScrapedRecord(RecordKind.DOCUMENT, URI.create("/gaceta/1"), Instant.now(), Map.of()));
        assertThrows(NullPointerException.class,
                () -> new ScrapedRecord(RecordKind.DOCUMENT, null, Instant.now(), Map.of()));
    }

    @Test
    void fieldsAreCopiedSoTheScraperCannotChangeThemLater() {
        Map<String, String> fields = new HashMap<>(Map.of("title", "Gaceta 1"));
        ScrapedRecord record = new ScrapedRecord(RecordKind.DOCUMENT, URI.create("https://example.org/g/1"), Instant.EPOCH, fields);
        fields.put("title", "otra");
        assertEquals("Gaceta 1", record.fields().get("title"));
    }

    @Test
    void aWindowThatEndsBeforeItStartsIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new ScrapeContext(Optional.of(LocalDate.of(2025, 2, 1)),
                Optional.of(LocalDate.of(2025, 1, 1)), Duration.ofSeconds(10), Duration.ZERO));
    }
}
