/** Obligations and their evidence rules, what the portal holds of a legislature, and the pure check that gives a status. */
package mx.parlamentoabierto.compliance.domain;
