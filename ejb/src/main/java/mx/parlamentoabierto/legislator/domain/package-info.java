/** Popolo's entities as this portal keeps them; ids are the legislature's id, a colon and the source's id. */
package mx.parlamentoabierto.legislator.domain;
