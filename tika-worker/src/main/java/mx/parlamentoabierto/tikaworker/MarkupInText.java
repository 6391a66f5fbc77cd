package mx.parlamentoabierto.tikaworker;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a file named as plain text is an HTML page: a saved page often has a line or two of its own above the markup
 * (so no parser's detector calls it HTML), and its text would then be read tag by tag. Decided from the first 16 KB:
 * a {@code .txt} (or extension-less) file with at least five table, row, cell, link, break or span tags.
 */
final class MarkupInText {

    private static final int SNIFF = 16 * 1024;
    private static final Pattern TAG = Pattern.compile("<(?:/?(?:table|tr|td|th|tbody|span|div|br|p|b|font)\\b|a\\s+href)", Pattern.CASE_INSENSITIVE);

    private MarkupInText() {
    }

    static boolean looksLikeHtml(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!(name.endsWith(".txt") || !name.contains("."))) {
            return false;
        }
        byte[] head = new byte[SNIFF];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, SNIFF);
        } catch (IOException e) {
            return false;
        }
        Matcher m = TAG.matcher(new String(head, 0, read, StandardCharsets.ISO_8859_1));
        int tags = 0;
        while (m.find() && tags < 5) {
            tags++;
        }
        return tags >= 5;
    }
}
