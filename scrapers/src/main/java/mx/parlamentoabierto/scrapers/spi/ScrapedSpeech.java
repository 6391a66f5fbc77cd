package mx.parlamentoabierto.scrapers.spi;

import java.util.List;
import java.util.Objects;

/**
 * One turn in a debate (Popolo {@code Speech}): its position in the sitting, who spoke as the transcript labels them, the
 * role they spoke in, the words (stage directions such as "(Aplausos)" kept apart in {@code stageDirections} and never
 * counted as anybody's words), the time mark the transcript gives, and the agenda item it was said under.
 *
 * @param position        1-based order in the sitting
 * @param speakerLabel    the label exactly as printed, without its colon ("La Presidenta diputada Ruth Zavaleta Salgado"); null for a stage direction
 * @param speakerName     the person's name as printed or carried, null when the label names nobody ("El Presidente:" before any named one)
 * @param nameCarried     true when the label had no name and the name is the last one printed for the same office in this sitting
 * @param speakerChamber  {@code diputados} or {@code senado} when the label says so, else null
 * @param guestTitle      for a guest, what they are ("Secretario de Gobernación", "ciudadana"); else null
 * @param fromSeat        "(desde la curul)"
 * @param timeMark        "11:19" when the label carries "(11:19 horas)", else null
 * @param heading         the agenda item announced last ("la discusión del dictamen con proyecto de decreto…"), null before any
 * @param headingCategory its kind: dictamenes, iniciativas, proposiciones, agenda-politica, efemerides, comunicaciones, acta, comparecencia, protesta or otros
 * @param text            the words spoken, paragraphs separated by a blank line
 * @param announcedVotes  for a Secretaría's announcement "Se emitieron N votos en pro, M en contra y K abstenciones", the three numbers; else null
 */
public record ScrapedSpeech(int position, SpeakerRole role, String speakerLabel, String speakerName, boolean nameCarried, String speakerChamber,
        String guestTitle, boolean fromSeat, String timeMark, String heading, String headingCategory, String text, int words,
        List<String> stageDirections, AnnouncedVotes announcedVotes) {

    /** The result a Secretaría reads out after an electronic vote. */
    public record AnnouncedVotes(int yes, int no, int abstain) {
    }

    public ScrapedSpeech {
        Objects.requireNonNull(role, "role");
        text = text == null ? "" : text;
        stageDirections = List.copyOf(stageDirections);
        if (position < 1) {
            throw new IllegalArgumentException("position starts at 1");
        }
        if (role == SpeakerRole.NONE && words != 0) {
            throw new IllegalArgumentException("a stage direction is nobody's words");
        }
    }

    public boolean isStageDirection() {
        return role == SpeakerRole.NONE;
    }
}
