package mx.parlamentoabierto.search.interfaces.rest;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import mx.parlamentoabierto.document.domain.DocumentType;
import mx.parlamentoabierto.legislature.domain.Legislature;
import mx.parlamentoabierto.platform.interfaces.rest.IsoDate;
import mx.parlamentoabierto.search.domain.DocumentQuery;

/**
 * The query string of {@code GET /api/search} read into a {@link DocumentQuery}:
 * {@code q, legislature, type} (repeatable or comma-separated), {@code from, to} (AAAA-MM-DD),
 * {@code sort=relevance|date}, {@code page} (from 1), {@code size} (1–100). Anything else is refused with
 * the parameter's name, so a typo is never silently ignored.
 */
public final class SearchParameters {

    private static final Set<String> KNOWN = Set.of("q", "legislature", "type", "from", "to", "sort", "page", "size");

    private SearchParameters() {
    }

    /** @throws IllegalArgumentException naming the parameter and the value that is wrong */
    public static DocumentQuery parse(Map<String, String[]> parameters) {
        for (String name : parameters.keySet()) {
            if (!KNOWN.contains(name)) {
                throw new IllegalArgumentException(name + ": parámetro desconocido (se admiten " + String.join(", ", KNOWN.stream().sorted().toList()) + ")");
            }
        }
        String sort = single(parameters, "sort").orElse("relevance");
        if (!sort.equals("relevance") && !sort.equals("date")) {
            throw new IllegalArgumentException("sort: relevance o date, recibido '" + sort + "'");
        }
        Set<String> types = new LinkedHashSet<>();
        for (String t : list(parameters, "type")) {
            types.add(DocumentType.fromCode(t).orElseThrow(() -> new IllegalArgumentException("type: tipo desconocido '" + t + "'")).code());
        }
        Set<String> legislatures = new LinkedHashSet<>();
        for (String l : list(parameters, "legislature")) {
            if (!Legislature.ID_PATTERN.matcher(l).matches() || l.length() > 100) {
                throw new IllegalArgumentException("legislature: id inválido '" + l + "'");
            }
            legislatures.add(l);
        }
        return new DocumentQuery(single(parameters, "q").orElse(null), legislatures, types, date(parameters, "from"), date(parameters, "to"),
                sort.equals("date"), number(parameters, "page", 1), number(parameters, "size", 20));
    }

    private static Optional<String> single(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        if (values == null || values.length == 0) {
            return Optional.empty();
        }
        if (values.length > 1) {
            throw new IllegalArgumentException(name + ": se recibió más de una vez");
        }
        return Optional.of(values[0]).filter(v -> !v.isBlank());
    }

    private static List<String> list(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        return values == null ? List.of()
                : Arrays.stream(values).flatMap(v -> Arrays.stream(v.split(","))).map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    private static Optional<LocalDate> date(Map<String, String[]> parameters, String name) {
        return Optional.ofNullable(IsoDate.parse(name, single(parameters, name).orElse(null)));
    }

    private static int number(Map<String, String[]> parameters, String name, int fallback) {
        Optional<String> value = single(parameters, name);
        try {
            return value.map(v -> Integer.parseInt(v.strip())).orElse(fallback);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": se espera un número entero, recibido '" + value.get() + "'");
        }
    }
}
