/**
 * The evaluation cycle of an edition: its life ({@code draft → evaluation → review → reply → published}),
 * assignments of legislatures to an evaluator and a reviewer, every revision of an answer, reviews, the
 * legislatures' right of reply (objections and their resolution), and publication as a frozen snapshot whose
 * SHA-256 is shown with the results. Answers themselves are {@code scoring}'s model; {@code scoring} stays the
 * engine and the rankings, this feature decides who may write what and when.
 */
package mx.parlamentoabierto.evaluation;
