package mx.parlamentoabierto.search.domain;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * A search of the archive: free text (quotes make phrases), filters, order and page (1-based).
 */
public record DocumentQuery(String text, Set<String> legislatures, Set<String> types, Optional<LocalDate> from,
        Optional<LocalDate> to, boolean sortByDate, int page, int size) {

    public static final int MAX_SIZE = 100;
    public static final int MAX_WINDOW = 10_000;

    public DocumentQuery {
        text = text == null ? "" : text.strip();
        legislatures = Set.copyOf(legislatures);
        types = Set.copyOf(types);
        if (text.length() > 500) {
            throw new IllegalArgumentException("q: la búsqueda no puede pasar de 500 caracteres");
        }
        if (page < 1) {
            throw new IllegalArgumentException("page: empieza en 1");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size: entre 1 y " + MAX_SIZE);
        }
        if ((long) page * size > MAX_WINDOW) {
            throw new IllegalArgumentException("page: no se puede pasar del resultado " + MAX_WINDOW + "; refine la búsqueda");
        }
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw new IllegalArgumentException("from: la fecha inicial es posterior a la final");
        }
    }
}
