package mx.parlamentoabierto.vote.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import mx.parlamentoabierto.vote.infrastructure.MajorityRulesFile;

/**
 * Whether a roll call passed, with the project's own {@code config/majorities/mexico.json}: the source's declared
 * result first, else the first rule for the title and legislature (a constitutional reform needs two thirds of those
 * present; anything else more yes than no); and who broke with their group.
 */
class VoteOutcomeTest {

    private static final List<MajorityRule> MEXICO = MajorityRulesFile.readDirectory(Path.of("..", "config", "majorities"));

    private static VoteEvent event(String legislature, String title, String result, int yes, int no, int abstain, int absent) {
        VoteEvent e = new VoteEvent(legislature, "LXII", "1");
        Map<VoteOption, Integer> counts = new EnumMap<>(VoteOption.class);
        counts.put(VoteOption.YES, yes);
        counts.put(VoteOption.NO, no);
        counts.put(VoteOption.ABSTAIN, abstain);
        counts.put(VoteOption.ABSENT, absent);
        e.record(null, LocalDate.of(2013, 12, 11), title, null, result, "https://example.org/v", Instant.EPOCH, null, "0".repeat(64),
                List.of(), List.of(), new Tally(counts, 0), "prueba", Instant.EPOCH);
        return e;
    }

    @Test
    void theSourcesOwnResultComesFirst() {
        VoteOutcome declared = VoteOutcome.of(event("diputados", "Dictamen", "Rechazado en lo general", 300, 10, 0, 0), MEXICO);
        assertEquals(Boolean.FALSE, declared.passed(), "the words of the source, even against the count");
        assertFalse(declared.computed());
        assertEquals("Rechazado en lo general", declared.text());
        assertEquals(Boolean.TRUE, VoteOutcome.of(event("senado", "x", "Aprobado", 0, 0, 0, 0), MEXICO).passed());
        assertEquals(Boolean.FALSE, VoteOutcome.of(event("senado", "x", "No se aprobó", 0, 0, 0, 0), MEXICO).passed());
    }

    @Test
    void aConstitutionalReformNeedsTwoThirdsOfThosePresent() {
        String reform = "Dictamen que reforma el artículo 41 de la Constitución Política de los Estados Unidos Mexicanos";
        VoteOutcome passed = VoteOutcome.of(event("diputados", reform, null, 334, 100, 66, 0), MEXICO);
        assertEquals(Boolean.TRUE, passed.passed(), "334 of 500 present ≥ 2/3");
        assertTrue(passed.computed());
        assertEquals("reforma-constitucional", passed.ruleId());
        assertTrue(passed.basis().contains("art. 135"), passed.basis());
        assertEquals(Boolean.FALSE, VoteOutcome.of(event("diputados", reform, null, 333, 100, 67, 0), MEXICO).passed(),
                "333 of 500 present falls short, though far more yes than no");
        assertEquals("mayoria-simple", VoteOutcome.of(event("jalisco", reform, null, 20, 1, 0, 0), MEXICO).ruleId(),
                "the federal reform rule is for the two chambers only");
    }

    @Test
    void anythingElseNeedsMoreYesThanNoAndAbstentionsDoNotCount() {
        assertEquals(Boolean.TRUE, VoteOutcome.of(event("diputados", "Proposición", null, 100, 99, 250, 51), MEXICO).passed());
        assertEquals(Boolean.FALSE, VoteOutcome.of(event("diputados", "Proposición", null, 100, 100, 0, 0), MEXICO).passed(), "a tie fails");
        assertEquals(Boolean.FALSE, VoteOutcome.of(event("diputados", "Proposición", null, 0, 0, 0, 500), MEXICO).passed(),
                "nobody voted: not passed");
        VoteOutcome none = VoteOutcome.of(event("diputados", "Proposición", null, 1, 0, 0, 0), List.of());
        assertNull(none.passed(), "without a rule that applies, unknown");
        assertFalse(none.known());
    }

    @Test
    void whoBrokeWithTheirGroup() {
        List<VoteLine> votes = List.of(line(1, "pri", VoteOption.YES), line(2, "pri", VoteOption.YES), line(3, "pri", VoteOption.NO),
                line(4, "pri", VoteOption.ABSENT), line(5, "pan", VoteOption.NO), line(6, "pan", VoteOption.YES), line(7, null, VoteOption.NO));
        Dissent dissent = Dissent.of(votes);
        assertEquals(VoteOption.YES, dissent.lineOf("pri").orElseThrow());
        assertTrue(dissent.lineOf("pan").isEmpty(), "a tie is no line");
        assertEquals(List.of(3), dissent.dissenters().stream().map(VoteLine::line).toList(), "absence is not dissent; no group, no line");
    }

    @Test
    void aBadRuleFileIsRefusedNamingTheFileAndThePlace() {
        String json = "{\"id\": \"x\", \"version\": \"1\", \"rules\": [{\"id\": \"r\", \"name\": \"R\", \"titles\": [\"(sin cerrar\"],"
                + " \"base\": \"yes_no\", \"numerator\": 1, \"denominator\": 2, \"basis\": \"b\"}]}";
        RuntimeException e = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class, () -> MajorityRulesFile.read("reglas.json",
                new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().contains("reglas.json") && e.getMessage().contains("titles") && e.getMessage().contains("expresión regular"),
                e.getMessage());
    }

    private static VoteLine line(int n, String group, VoteOption option) {
        return new VoteLine("diputados:LXII:1", n, "p" + n, "Persona " + n, null, option, option.name(), group, group, "exact");
    }
}
