/** The sitting page: its debate speech by speech, its roll calls where they fell. */
package mx.parlamentoabierto.debate.interfaces.web;
