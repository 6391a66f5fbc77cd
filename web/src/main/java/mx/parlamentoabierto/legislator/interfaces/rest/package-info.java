/** The legislators over HTTP: Popolo import and export of a legislature, people and organizations in Popolo's field names. */
package mx.parlamentoabierto.legislator.interfaces.rest;
