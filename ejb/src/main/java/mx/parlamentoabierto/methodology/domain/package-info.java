/** The methodology model: immutable values, validated on construction. */
package mx.parlamentoabierto.methodology.domain;
