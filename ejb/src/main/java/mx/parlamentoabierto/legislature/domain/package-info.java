/** Legislature: an evaluated institution (federal chamber, state congress) with its stable id. */
package mx.parlamentoabierto.legislature.domain;
