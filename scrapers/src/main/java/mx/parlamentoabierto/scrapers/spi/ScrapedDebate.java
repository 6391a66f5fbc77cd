package mx.parlamentoabierto.scrapers.spi;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One sitting's debate as a transcript gives it: the chamber, term and date, the sitting's title as printed ("Versión
 * estenográfica de la sesión ordinaria del martes 5 de febrero de 2008"), its kind, which publication it comes from
 * (the same-day {@code version-estenografica} or the later, official {@code diario}), and every speech and stage
 * direction in order.
 *
 * @param sittingKind ordinaria, extraordinaria, solemne, preparatoria, congreso-general, permanente or comparecencia
 * @param sourceKind  {@code version-estenografica} or {@code diario}: the same sitting from both is one debate, the Diario prevailing
 * @param notes       what the scraper noticed while reading (labels it could not read, a date taken from the file name)
 */
public record ScrapedDebate(String legislatureId, String term, LocalDate date, String title, String sittingKind, String sourceKind,
        List<ScrapedSpeech> speeches, List<String> notes, Provenance provenance) implements ScrapedRecord {

    public static final String VERSION = "version-estenografica";
    public static final String DIARIO = "diario";

    public ScrapedDebate {
        Objects.requireNonNull(legislatureId, "legislatureId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(sittingKind, "sittingKind");
        Objects.requireNonNull(provenance, "provenance");
        if (!VERSION.equals(sourceKind) && !DIARIO.equals(sourceKind)) {
            throw new IllegalArgumentException("sourceKind: " + VERSION + " or " + DIARIO + ", not " + sourceKind);
        }
        speeches = List.copyOf(speeches);
        notes = List.copyOf(notes);
    }

    @Override
    public RecordKind kind() {
        return RecordKind.SESSION;
    }

    /** One sitting of a kind a day: the versión and the Diario of it share the key. */
    @Override
    public String dedupeKey() {
        return date + ":" + sittingKind;
    }

    /** Words spoken by anyone (stage directions are nobody's). */
    public int words() {
        return speeches.stream().mapToInt(ScrapedSpeech::words).sum();
    }
}
