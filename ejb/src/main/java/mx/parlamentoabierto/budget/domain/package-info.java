/** Budget lines, their bodies and sources, the stages and economic classes, and the repository port. */
package mx.parlamentoabierto.budget.domain;
