/** Compliance over HTTP: a legislature's dashboard, every legislature's summary, both in JSON and CSV. */
package mx.parlamentoabierto.compliance.interfaces.rest;
