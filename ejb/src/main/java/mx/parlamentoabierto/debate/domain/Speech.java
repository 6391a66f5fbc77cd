package mx.parlamentoabierto.debate.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * One speech as stored: who (the person when attributed, else the printed name and why it stayed unmatched), in what
 * role and group, where in the sitting, what was said and how many words, and the roll call it announced the result of.
 */
public record Speech(String debateId, int position, String legislatureId, String termId, LocalDate date, SpeechRole role, String speakerLabel,
        String speakerName, boolean nameCarried, String personId, String matchMethod, String unmatchedReason, String groupId, String guestTitle,
        boolean fromSeat, String timeMark, String heading, String headingCategory, int words, String text, List<String> stageDirections,
        Integer announcedYes, Integer announcedNo, Integer announcedAbstain, String voteEventId) {

    public Speech {
        stageDirections = stageDirections == null ? List.of() : List.copyOf(stageDirections);
    }

    /** Stable across imports of the same publication: the debate's id and the position. */
    public String id() {
        return idOf(debateId, position);
    }

    public static String idOf(String debateId, int position) {
        return debateId + ":" + position;
    }

    /** The anchor of this speech on the sitting page. */
    public String anchor() {
        return "i" + position;
    }

    public boolean isStageDirection() {
        return role == SpeechRole.NONE;
    }

    /** A speech with the person or the person's name, else the label (a guest's title and name). */
    public String displayName() {
        return speakerName != null ? speakerName : speakerLabel;
    }
}
