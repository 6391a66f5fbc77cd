package mx.parlamentoabierto.scoring.domain;

/** A score with its place; equal scores share the same rank ("1, 2, 2, 4"). */
public record RankedScore(int rank, boolean tied, LegislatureScore score) {
}
