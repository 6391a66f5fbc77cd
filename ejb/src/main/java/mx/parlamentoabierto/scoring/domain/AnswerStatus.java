package mx.parlamentoabierto.scoring.domain;

import java.util.Locale;

/**
 * Where an answer is in the cycle: saved by its evaluator ({@code DRAFT}), handed in with its legislature
 * ({@code SUBMITTED}), {@code ACCEPTED} or {@code RETURNED} by the reviewer (back to the evaluator with a comment).
 */
public enum AnswerStatus {
    DRAFT, SUBMITTED, ACCEPTED, RETURNED;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return switch (this) {
            case DRAFT -> "Borrador";
            case SUBMITTED -> "Entregada";
            case ACCEPTED -> "Aceptada";
            case RETURNED -> "Devuelta";
        };
    }
}
