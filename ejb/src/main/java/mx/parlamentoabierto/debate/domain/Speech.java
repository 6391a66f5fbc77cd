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
        return anchorOf(position);
    }

    /** The anchor of the speech at that position on its sitting's page ({@code #i12}). */
    public static String anchorOf(int position) {
        return "i" + position;
    }

    /** The first words, paragraphs run together, cut at a word before {@code max} characters with " …". */
    public String excerpt(int max) {
        String run = text.replace("\n\n", " ");
        if (run.length() <= max) {
            return run;
        }
        int cut = run.lastIndexOf(' ', max);
        return run.substring(0, cut > 0 ? cut : max) + " …";
    }

    public boolean isStageDirection() {
        return role == SpeechRole.NONE;
    }

    /** A speech with the person or the person's name, else the label (a guest's title and name). */
    public String displayName() {
        return speakerName != null ? speakerName : speakerLabel;
    }
}
