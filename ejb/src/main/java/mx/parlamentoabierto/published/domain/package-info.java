/** A published result: who, which year, the figures and where they were published. */
package mx.parlamentoabierto.published.domain;
