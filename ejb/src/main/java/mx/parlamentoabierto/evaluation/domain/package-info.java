/** Assignments, answer revisions, reviews, objections, snapshots and the access policy of the cycle. */
package mx.parlamentoabierto.evaluation.domain;
