package mx.parlamentoabierto.search.domain;

import java.time.Duration;

import mx.parlamentoabierto.platform.SearchUnavailableException;

/** A search ran past its time budget and was abandoned (the engine cancels it when the portal stops waiting). */
public class SearchTimeoutException extends SearchUnavailableException {
    private static final long serialVersionUID = 1L;

    private final Duration budget;

    public SearchTimeoutException(String message, Duration budget, Throwable cause) {
        super(message, cause);
        this.budget = budget;
    }

    @Override
    public String publicDetail() {
        return "La búsqueda tardó más de " + budget.toMillis() / 1000.0 + " s y se detuvo; "
                + "pruebe con palabras más precisas o menos comodines (*).";
    }
}
