package mx.parlamentoabierto.scoring.application;

import java.util.List;
import java.util.Map;

import mx.parlamentoabierto.legislature.domain.Legislature;
import mx.parlamentoabierto.methodology.domain.Aggregation;
import mx.parlamentoabierto.methodology.domain.Methodology;
import mx.parlamentoabierto.scoring.domain.Edition;
import mx.parlamentoabierto.scoring.domain.RankedScore;

/** The ranking of an edition under one aggregation, with what is needed to show it. */
public record EditionRanking(Edition edition, Methodology methodology, Aggregation aggregation, List<RankedScore> rows,
        Map<String, Legislature> legislatures) {

    public EditionRanking {
        rows = List.copyOf(rows);
        legislatures = Map.copyOf(legislatures);
    }
}
