package mx.parlamentoabierto.spanish;

import java.util.Optional;

import mx.parlamentoabierto.scrapers.spi.VoteOptions;

/**
 * The words Spanish-language roll calls use for the sense of a vote, classified into {@link VoteOptions}. Excused
 * absences ("inasistencia justificada", "permiso", "comisión oficial", "licencia") are {@code excused}, never
 * {@code absent}; "sólo asistencia" and "quórum" are {@code present}. Words it does not know are empty, so the
 * caller keeps the raw text as {@code other} and says so.
 */
public final class SpanishVoteOptions {

    private SpanishVoteOptions() {
    }

    public static Optional<String> classify(String words) {
        if (words == null) {
            return Optional.empty();
        }
        String w = SpanishText.plain(words).replaceAll("[^a-z ]", " ").replaceAll("\\s+", " ").strip();
        if (w.isEmpty()) {
            return Optional.empty();
        }
        if (w.contains("justificad") || w.contains("permiso") || w.contains("comision oficial") || w.contains("licencia")
                || w.startsWith("cedula") || w.contains("excusad")) {
            return Optional.of(VoteOptions.EXCUSED);
        }
        if (w.contains("solo asistencia") || w.contains("quorum") || w.equals("asistencia") || w.equals("presente")) {
            return Optional.of(VoteOptions.PRESENT);
        }
        if (w.startsWith("ausen") || w.startsWith("inasistencia") || w.equals("falta")) {
            return Optional.of(VoteOptions.ABSENT);
        }
        if (w.startsWith("a favor") || w.equals("favor") || w.equals("si") || w.equals("aprobado")) {
            return Optional.of(VoteOptions.YES);
        }
        if (w.startsWith("en contra") || w.equals("contra") || w.equals("no")) {
            return Optional.of(VoteOptions.NO);
        }
        if (w.startsWith("abstenci")) {
            return Optional.of(VoteOptions.ABSTAIN);
        }
        if (w.startsWith("no voto") || w.startsWith("sin voto") || w.startsWith("sin sentido")) {
            return Optional.of(VoteOptions.NOT_VOTING);
        }
        if (w.startsWith("pareado") || w.startsWith("par ")) {
            return Optional.of(VoteOptions.PAIRED);
        }
        return Optional.empty();
    }
}
