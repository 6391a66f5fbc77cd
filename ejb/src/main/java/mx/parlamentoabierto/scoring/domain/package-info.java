/** Edition, answer and the pure scoring engine (aggregations, ties sharing a rank). */
package mx.parlamentoabierto.scoring.domain;
