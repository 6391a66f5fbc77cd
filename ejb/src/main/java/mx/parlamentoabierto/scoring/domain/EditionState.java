package mx.parlamentoabierto.scoring.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The life of an edition, in order: only the next state can follow, and a published edition stays published. */
public enum EditionState {
    DRAFT, EVALUATION, REVIEW, REPLY, PUBLISHED;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Optional<EditionState> next() {
        return this == PUBLISHED ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
    }

    public static Optional<EditionState> fromName(String name) {
        return name == null ? Optional.empty()
                : Arrays.stream(values()).filter(s -> s.jsonName().equals(name.strip().toLowerCase(Locale.ROOT))).findFirst();
    }

    public static String validNames() {
        return Arrays.stream(values()).map(EditionState::jsonName).collect(Collectors.joining(", "));
    }

    /** Spanish label for pages. */
    public String label() {
        return switch (this) {
            case DRAFT -> "Borrador";
            case EVALUATION -> "Evaluación";
            case REVIEW -> "Revisión";
            case REPLY -> "Réplica";
            case PUBLISHED -> "Publicada";
        };
    }
}
