package mx.parlamentoabierto.search.domain;

import java.util.List;

/** A methodology variable that matched a query, with highlighted fragments (HTML-escaped, marks in {@code <em>}). */
public record VariableHit(String methodologyKey, String variableId, int principle, String text, double score, List<String> highlights) {
    public VariableHit {
        highlights = List.copyOf(highlights);
    }
}
