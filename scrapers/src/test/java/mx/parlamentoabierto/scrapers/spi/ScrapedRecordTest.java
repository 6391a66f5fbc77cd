package mx.parlamentoabierto.scrapers.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ScrapedRecordTest {

    private static final Provenance SOURCE = new Provenance(URI.create("https://example.org/v/1"), Instant.EPOCH, "v1.html");

    @Test
    void aRecordWithoutAbsoluteSourceUrlIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Provenance(URI.create("/gaceta/1"), Instant.now(), "g"));
        assertThrows(NullPointerException.class, () -> new Provenance(null, Instant.now(), "g"));
    }

    @Test
    void votesAreCopiedSoTheScraperCannotChangeThemLater() {
        List<ScrapedVote> votes = new ArrayList<>(List.of(new ScrapedVote(1, "Pérez Ana", "7", VoteOptions.YES, "A favor", "PAN")));
        ScrapedVoteEvent event = new ScrapedVoteEvent("diputados", "LXII", "1", LocalDate.of(2012, 9, 27), "Decreto", null, votes,
                List.of(), Map.of(), List.of(), List.of(), SOURCE);
        votes.clear();
        assertEquals(1, event.votes().size());
        assertEquals("LXII:1", event.dedupeKey());
    }

    @Test
    void anOptionOutsideThePopoloVocabularyIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ScrapedVote(1, "Pérez Ana", null, "maybe", "quizá", null));
    }

    @Test
    void aDeclaredCountTalliesOnlyTheOptionsItCovers() {
        List<ScrapedVote> votes = List.of(new ScrapedVote(1, "A", null, VoteOptions.ABSENT, "Ausente", "PRI"),
                new ScrapedVote(2, "B", null, VoteOptions.EXCUSED, "Inasistencia justificada", "PRI"),
                new ScrapedVote(3, "C", null, VoteOptions.PRESENT, "Sólo asistencia", "PRI"));
        assertEquals(2, new DeclaredCount("PRI", "Ausentes", Set.of(VoteOptions.ABSENT, VoteOptions.EXCUSED), 2).tally(votes));
        assertEquals(3, new DeclaredCount("PRI", "Total", VoteOptions.ALL, 3).tally(votes));
    }

    @Test
    void aWindowThatEndsBeforeItStartsIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new ScrapeContext(Optional.empty(), Optional.of(LocalDate.of(2025, 2, 1)),
                Optional.of(LocalDate.of(2025, 1, 1)), Duration.ofSeconds(10), Duration.ZERO));
    }
}
