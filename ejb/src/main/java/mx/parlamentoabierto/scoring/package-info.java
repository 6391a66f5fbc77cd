/**
 * Evaluations and scores: editions bind a frozen methodology version to a year; answers (value,
 * justification, evidence) per legislature and variable are stored; scores and rankings are always
 * recomputed from those answers by the {@link mx.parlamentoabierto.scoring.domain.ScoringEngine}.
 */
package mx.parlamentoabierto.scoring;
