package mx.parlamentoabierto.search.infrastructure;

/** A methodology variable as stored in the {@code variables} index. */
public record VariableDocument(String methodologyKey, String methodologyId, String variableId, int principle,
        String principleName, String text, String evidence, String basis) {
}
