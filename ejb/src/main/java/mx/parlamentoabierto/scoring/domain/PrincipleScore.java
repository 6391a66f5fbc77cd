package mx.parlamentoabierto.scoring.domain;

/**
 * Compliance with one principle.
 *
 * @param percent  weighted share of the principle's variables met, 0–100
 * @param met      variables at the top of their scale
 * @param answered variables with an answer
 * @param total    variables in the principle
 */
public record PrincipleScore(int principle, double percent, int met, int answered, int total) {
}
