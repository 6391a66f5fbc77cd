package mx.parlamentoabierto.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The calls that never reach a portal: wrong ones, and the scrapers' listing. (Against a portal: the web module's ITs.) */
class CliTest {

    private static String capture(boolean err, Runnable run) {
        PrintStream saved = err ? System.err : System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream into = new PrintStream(out, true, StandardCharsets.UTF_8);
        if (err) {
            System.setErr(into);
        } else {
            System.setOut(into);
        }
        try {
            run.run();
        } finally {
            if (err) {
                System.setErr(saved);
            } else {
                System.setOut(saved);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aWrongCallExitsWithTwoAndSaysWhatWasWrongAndHowToCall() {
        int[] status = new int[1];
        String said = capture(true, () -> status[0] = Cli.run(List.of("frobnicate")));
        assertEquals(2, status[0]);
        assertTrue(said.startsWith("orden desconocida: frobnicate"), said);
        assertTrue(said.contains("./parlamento scrape --list"), said);
        said = capture(true, () -> status[0] = Cli.run(List.of("import", "votes", "votos.csv", "--legislature")));
        assertEquals(2, status[0]);
        assertTrue(said.startsWith("falta el valor de --legislature"), said);
    }

    @Test
    void theScrapersAreListedWithoutAPortal() {
        int[] status = new int[1];
        String listing = capture(false, () -> status[0] = Cli.run(List.of("scrape", "--list")));
        assertEquals(0, status[0]);
        assertTrue(listing.contains("diputados-votaciones"), listing);
    }

    @Test
    void optionsNeedTheirValues() {
        Arguments a = Arguments.parse(List.of("scrape", "diputados-votaciones", "pages", "--term", "LXII"));
        assertEquals(List.of("scrape", "diputados-votaciones", "pages"), a.positional());
        assertEquals("LXII", a.options().get("term"));
        assertEquals("http://localhost:8080", a.url());
        assertThrows(UsageException.class, () -> Arguments.parse(List.of("--term", "--url", "x")));
    }
}
