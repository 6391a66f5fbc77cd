package mx.parlamentoabierto.scrapers.debates;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mx.parlamentoabierto.scrapers.spi.ScrapedSpeech;
import mx.parlamentoabierto.scrapers.spi.SpeakerRole;
import mx.parlamentoabierto.spanish.SpanishText;

/**
 * Turns a sitting's paragraphs into speeches. A paragraph whose label reads as a speaker's ({@link SpeakerLabel}) opens
 * a speech; the paragraphs after it continue it. A paragraph wholly in parentheses — "(Aplausos)", "(Votación)", "(La
 * comisión cumple con su encargo)" — is a stage direction, and so is a parenthesis inside a paragraph naming applause,
 * laughter, shouts or a vote: kept with the speech they interrupt and counted as nobody's words. An officer labelled
 * without a name ("El Presidente:") carries the last name printed for the same office in the sitting. The presiding
 * officer's "el siguiente punto del orden del día es …" sets the agenda item of the speeches after it; a Secretaría's
 * "se emitieron N votos en pro, M en contra y K abstenciones" is kept as the announced result.
 */
public final class TranscriptReader {

    private static final Pattern WHOLE_DIRECTION = Pattern.compile("^\\(([^()]{1,300})\\)\\.?$");
    private static final Pattern INLINE_DIRECTION = Pattern.compile("\\((?i:aplausos|risas|votaci[oó]n|gritos|voces|silbidos|abucheos|desorden|"
            + "manifestaciones|murmullos|rechiflas|protestas|los (?:presentes|diputados|legisladores|asistentes)|se (?:abre|cierra|pone))[^()]{0,120}\\)");
    private static final Pattern AGENDA_ITEM = Pattern.compile("siguiente punto del orden del d[ií]a,?\\s+(?:es|son)\\s+(.{3,300}?)(?:[.:;]|$)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ANNOUNCED = Pattern.compile("se emitieron\\s+(\\d+)\\s+votos\\s+(?:en pro|a favor)\\D{0,30}?(\\d+)\\s+(?:votos\\s+)?en contra"
            + "(?:\\D{0,30}?(\\d+)\\s+abstenci)?", Pattern.CASE_INSENSITIVE);

    private final List<ScrapedSpeech> speeches = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Map<String, String> lastNameOfOffice = new HashMap<>();
    private String heading;
    private String headingCategory;
    private String pendingHeading;
    private String pendingCategory;
    private Open open;

    /** The speech being read: its label and the paragraphs so far. */
    private static final class Open {
        SpeakerLabel label;
        String name;
        boolean carried;
        final List<String> paragraphs = new ArrayList<>();
        final List<String> directions = new ArrayList<>();
    }

    /** Reads the paragraphs of one sitting, in order. */
    public static TranscriptReader read(List<Paragraph> paragraphs) {
        TranscriptReader reader = new TranscriptReader();
        paragraphs.forEach(reader::accept);
        reader.close();
        return reader;
    }

    public List<ScrapedSpeech> speeches() {
        return List.copyOf(speeches);
    }

    /** What could not be read as expected (a nameless officer with nobody to carry from). */
    public List<String> notes() {
        return List.copyOf(notes);
    }

    private void accept(Paragraph paragraph) {
        if (paragraph.heading()) {
            // printed headings are in capitals: kept as printed, sentence case for reading
            String text = paragraph.body().strip();
            pendingHeading = text.isEmpty() ? pendingHeading : text.charAt(0) + text.substring(1).toLowerCase(java.util.Locale.forLanguageTag("es"));
            pendingCategory = category(pendingHeading);
            return;
        }
        Optional<SpeakerLabel> label = paragraph.label() == null ? Optional.empty() : SpeakerLabel.read(paragraph.label());
        if (label.isPresent()) {
            close();
            start(label.get());
            if (!paragraph.body().isEmpty()) {
                text(paragraph.body());
            }
            return;
        }
        String text = paragraph.whole();
        if (text.isBlank()) {
            return;
        }
        Matcher direction = WHOLE_DIRECTION.matcher(text);
        if (direction.matches()) {
            if (open != null) {
                open.directions.add(direction.group(1).strip());
            } else {
                emit(SpeakerRole.NONE, null, null, false, "", List.of(direction.group(1).strip()), null);
            }
            return;
        }
        if (open == null) {
            // words before anyone is given the floor (a heading, the session's preamble): narration, nobody's words
            emit(SpeakerRole.NONE, null, null, false, "", List.of(text), null);
            return;
        }
        text(text);
    }

    private void start(SpeakerLabel label) {
        if (pendingHeading != null) {
            heading = pendingHeading;
            headingCategory = pendingCategory;
            pendingHeading = null;
        }
        open = new Open();
        open.label = label;
        open.name = label.name();
        if ((label.role() == SpeakerRole.PRESIDING || label.role() == SpeakerRole.SECRETARY)) {
            if (label.name() != null) {
                lastNameOfOffice.put(label.office(), label.name());
            } else {
                open.name = lastNameOfOffice.get(label.office());
                open.carried = open.name != null;
                if (open.name == null) {
                    notes.add("'" + label.label() + "' sin nombre y sin un nombre anterior para ese cargo en la sesión");
                }
            }
        }
    }

    private void text(String paragraph) {
        Matcher inline = INLINE_DIRECTION.matcher(paragraph);
        StringBuilder spoken = new StringBuilder();
        while (inline.find()) {
            open.directions.add(inline.group().substring(1, inline.group().length() - 1).strip());
            inline.appendReplacement(spoken, " ");
        }
        inline.appendTail(spoken);
        String words = spoken.toString().replaceAll("\\s+", " ").strip();
        if (!words.isEmpty()) {
            open.paragraphs.add(words);
        }
        if (open.label.role() == SpeakerRole.PRESIDING) {
            Matcher item = AGENDA_ITEM.matcher(words);
            if (item.find()) {
                pendingHeading = item.group(1).strip();
                pendingCategory = category(pendingHeading);
            }
        }
    }

    private void close() {
        if (open == null) {
            return;
        }
        String text = String.join("\n\n", open.paragraphs);
        ScrapedSpeech.AnnouncedVotes announced = null;
        Matcher result = ANNOUNCED.matcher(text);
        if (result.find()) {
            announced = new ScrapedSpeech.AnnouncedVotes(Integer.parseInt(result.group(1)), Integer.parseInt(result.group(2)),
                    result.group(3) == null ? 0 : Integer.parseInt(result.group(3)));
        }
        emit(open.label.role(), open.label, open.name, open.carried, text, open.directions, announced);
        open = null;
    }

    private void emit(SpeakerRole role, SpeakerLabel label, String name, boolean carried, String text, List<String> directions,
            ScrapedSpeech.AnnouncedVotes announced) {
        int words = role == SpeakerRole.NONE ? 0 : SpanishText.wordCount(text);
        speeches.add(new ScrapedSpeech(speeches.size() + 1, role, label == null ? null : label.label(), name, carried,
                label == null ? null : label.chamber(), label != null && role == SpeakerRole.GUEST ? label.office() : null,
                label != null && label.fromSeat(), label == null ? null : label.timeMark(), heading, headingCategory, text, words, directions, announced));
    }

    /** The kind of agenda item, from the words announcing it. */
    static String category(String item) {
        String plain = SpanishText.plain(item);
        if (plain.contains("acta")) {
            return "acta";
        }
        if (plain.contains("comparecencia")) {
            return "comparecencia";
        }
        if (plain.contains("efemeride")) {
            return "efemerides";
        }
        if (plain.contains("agenda politica") || plain.contains("posicionamiento")) {
            return "agenda-politica";
        }
        if (plain.contains("dictamen")) {
            return "dictamenes";
        }
        if (plain.contains("iniciativa")) {
            return "iniciativas";
        }
        if (plain.contains("proposicion") || plain.contains("punto de acuerdo") || plain.contains("puntos de acuerdo")) {
            return "proposiciones";
        }
        if (plain.contains("comunicacion") || plain.contains("oficio")) {
            return "comunicaciones";
        }
        if (plain.contains("protesta")) {
            return "protesta";
        }
        return "otros";
    }
}
