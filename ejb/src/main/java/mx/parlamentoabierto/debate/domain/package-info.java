/** The debate of a sitting, its speeches, and the port that stores them. */
package mx.parlamentoabierto.debate.domain;
