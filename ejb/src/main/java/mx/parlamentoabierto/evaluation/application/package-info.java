/** The evaluation service (every change checked against the policy, audited) and the canonical snapshot. */
package mx.parlamentoabierto.evaluation.application;
