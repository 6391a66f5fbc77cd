package mx.parlamentoabierto.spanish;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of a saved page. Pages declare ISO-8859-1 and are sometimes re-saved as UTF-8 (a harvester's editor), so
 * the bytes decide: valid UTF-8 is UTF-8, anything else is Windows-1252 (the superset of ISO-8859-1 the sites use).
 * A UTF-8 byte-order mark is dropped; line ends become {@code \n}.
 */
public final class PageText {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private PageText() {
    }

    public static String decode(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            text = new String(content, WINDOWS_1252);
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
