package mx.parlamentoabierto.scoring.domain;

import java.util.List;

/** A legislature's overall score (0–100) under one aggregation, with its principle scores in order. */
public record LegislatureScore(String legislatureId, double overall, List<PrincipleScore> principles, int answered, int total) {

    public LegislatureScore {
        principles = List.copyOf(principles);
    }

    /** True when every variable of the methodology has an answer. */
    public boolean complete() {
        return answered == total;
    }
}
