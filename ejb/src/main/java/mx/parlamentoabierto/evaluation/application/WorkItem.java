package mx.parlamentoabierto.evaluation.application;

import java.util.List;

import mx.parlamentoabierto.scoring.domain.Edition;

/** An edition where the caller has something to do, and what. */
public record WorkItem(Edition edition, List<String> roles, List<Progress> progress) {
}
