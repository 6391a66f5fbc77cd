package mx.parlamentoabierto.tikaprotocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Both sides read what the other writes: every request and answer survives its round trip. */
class WorkerProtocolTest {

    @Test
    void aRequestIsReadBackAsItWasWritten() {
        WorkerRequest r = new WorkerRequest(WorkerRequest.Command.UNPACK, "42", Path.of("/tmp/in put.zip"), Path.of("/tmp/r42"));
        assertEquals(Optional.of(r), WorkerRequest.parse(r.line()));
        assertEquals("UNPACK\t42\t/tmp/in put.zip\t/tmp/r42", r.line());
    }

    @Test
    void anythingElseIsNotARequest() {
        for (String line : new String[] {null, "", "EXTRACT\t1\t/a", "DELETE\t1\t/a\t/b", "EXTRACT\t../x\t/a\t/b", "EXTRACT\t1\t/a\t/b\textra"}) {
            assertEquals(Optional.empty(), WorkerRequest.parse(line), String.valueOf(line));
        }
        assertEquals("FAIL\t?\tpetición mal formada", WorkerAnswer.malformed().line());
    }

    @Test
    void answersSurviveTheirRoundTrip() {
        for (WorkerAnswer a : List.of(new WorkerAnswer.Ready(), new WorkerAnswer.Ok("7", 120_000, true, 3),
                new WorkerAnswer.Fail("8", "el archivo está cifrado"))) {
            assertTrue(WorkerAnswer.isAnswer(a.line()), a.line());
            assertEquals(a, WorkerAnswer.parse(a.line()));
        }
    }

    @Test
    void aFailuresReasonIsOneLineOfAtMostFiveHundredCharacters() {
        WorkerAnswer.Fail f = new WorkerAnswer.Fail("9", "java.io.IOException:\n\tat x\r\n" + "y".repeat(600));
        assertFalse(f.reason().contains("\n") || f.reason().contains("\t"));
        assertEquals(WorkerAnswer.MAX_REASON, f.reason().length());
        assertEquals("error desconocido", new WorkerAnswer.Fail("9", " ").reason());
    }

    @Test
    void theJvmsLastWordsAreNotAnAnswer() {
        assertFalse(WorkerAnswer.isAnswer("Terminating due to java.lang.OutOfMemoryError: Java heap space"));
        assertThrows(IllegalArgumentException.class, () -> WorkerAnswer.parse("OK\t1\tmuchos\tfalse\t0"));
        assertThrows(IllegalArgumentException.class, () -> WorkerAnswer.parse("Terminating due to java.lang.OutOfMemoryError"));
    }

    @Test
    void severalValuesOfOneFieldAreJoinedAndSplitBack() {
        assertArrayEquals(new String[] {"Dip. Pérez", "Dip. López"}, WorkerAnswer.splitValues(WorkerAnswer.joinValues(List.of("Dip. Pérez", "Dip. López"))));
    }
}
