/** The debates' API: speeches listed and searched, a person's speeches, a sitting's debate. */
package mx.parlamentoabierto.debate.interfaces.rest;
