package mx.parlamentoabierto.tikaworker;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A saved SITL roll-call page (the shape of ../shared/corpora/diputados-votaciones/lxii-sitl/sil62vot2.txt: three
 * lines of the harvester's own, then the site's table) is read as HTML; a plain text that mentions a few tags or uses
 * "<" in prose is not; other extensions are left to Tika's detection.
 */
class MarkupInTextTest {

    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.ISO_8859_1);
    }

    @Test
    void aHarvestedPageSavedAsTextIsReadAsHtml() throws IOException {
        String sitl = "fch = 27-Septiembre-2012\nleg = 61\nyr1or1-sil-1\n"
                + "\t<td width=\"700\" colspan=3 class=\"smallVerde\"><B>LISTADO DE VOTACIÓN DE LA SESIÓN DEL 27-Septiembre-2012 <BR>"
                + " DECRETO QUE REFORMA EL ARTICULO 39 DE LA LOCGEUM</B><BR></span></TD>\nemmPanVoteStart\n</tr>\n<tr>\n"
                + "<td width=\"20\" class=\"textoNegro\"><span class=\"textoNegro\"><b>1</B></span></td>\n";
        assertTrue(MarkupInText.looksLikeHtml(file("sil62vot2.txt", sitl)));
        assertTrue(MarkupInText.looksLikeHtml(file("sil62vot2", sitl)), "a file without an extension too");
    }

    @Test
    void proseIsNotMarkup() throws IOException {
        assertFalse(MarkupInText.looksLikeHtml(file("nota.txt", "Si el quórum es < 251 diputados, la sesión no se abre. El manual"
                + " explica las etiquetas <td> y <tr> de las tablas.\n")));
        assertFalse(MarkupInText.looksLikeHtml(file("pagina.pdf", "<table><tr><td>1</td><td>2</td></tr></table>")),
                "only files named as text: the rest is Tika's to detect");
    }
}
